/** The shell (header), notifications and sign-in. */
import type { Area } from "./types";

const SHELL = "components/shell/actions.ts";
const NOTIFICATIONS = "app/(portal)/notifikationer/actions.ts";
const SIGN_IN = "app/(public)/logind/actions.ts";

export const shell: Area = {
  name: "shell",
  actions: [
    { module: SHELL, export: "switchOrganisationAction", shape: "button", noForge: "only one of the actor's own memberships is taken; anything else changes nothing", fields: { organisationId: "id" } },
    { module: SHELL, export: "setLocaleAction", shape: "button", noForge: "the actor's own language", fields: { locale: "enum" } },
    { module: SHELL, export: "signOutAction", shape: "button", noForge: "the actor's own session" },
    { module: NOTIFICATIONS, export: "openNotificationAction", shape: "state", schemas: ["notifications.markNotificationReadInput"], forge: { field: "notificationId", kind: "notification", right: "change", form: (t) => ({ notificationId: t.id, open: "1" }) } },
    { module: NOTIFICATIONS, export: "markAllNotificationsReadAction", shape: "state", noForge: "the actor's own notifications: no id in the form" },
    { module: SIGN_IN, export: "signInAction", shape: "state", noForge: "sign-in: no resource", fields: { email: "email", password: "password", next: "text" } },
    { module: SIGN_IN, export: "signInWithSsoAction", shape: "button", noForge: "sign-in: no resource", fields: { next: "text" } },
  ],
  pages: [],
  routes: [
    { file: "app/api/health/route.ts", url: "/api/health", method: "GET" },
    { file: "app/api/auth/[...nextauth]/route.ts", url: "/api/auth/session", method: "GET", noFuzz: "Auth.js's own handler (its CSRF token and callbacks); fuzzed only for a 500 on odd paths" },
  ],
};
