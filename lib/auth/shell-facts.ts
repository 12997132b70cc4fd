/** What the page header needs to know about the signed-in user beyond the Actor (loaded with it: lib/auth/load-actor.ts). */
export type ShellFacts = {
  /** The user holds a current forum seat — shown as Fora and Initiativer in the menu. */
  forumMember: boolean;
  /** Unread in-app notifications — the badge next to the user menu. */
  unreadNotifications: number;
};

export const NO_SHELL_FACTS: ShellFacts = { forumMember: false, unreadNotifications: 0 };
