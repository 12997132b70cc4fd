/**
 * Every rule answers with a decision and a reason. The reason is a message key (lib/i18n) so the
 * UI can say *why* in the user's language, and tests can assert on it.
 */
export type Decision = { allowed: true } | { allowed: false; reason: string };

export const allow = (): Decision => ({ allowed: true });
export const deny = (reason: string): Decision => ({ allowed: false, reason });
