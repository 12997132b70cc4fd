/**
 * All UI messages, one module per area, each `{ da: {...}, en: {...} }` with flat dotted keys.
 * tests/unit/i18n/messages.test.ts checks that every key exists in both languages with the same placeholders.
 * Add an area by creating its module and listing it in AREAS.
 *
 * The server translates with the whole catalogue (it never ships to the browser). Client components
 * get only their page's locale and areas: the group layouts hand the base areas to the provider, and
 * each area's layout adds its own (`<Messages areas={["offers"]}>`, lib/i18n/server.tsx).
 */
import common from "./common";
import validation from "./validation";
import auth from "./auth";
import shell from "./shell";
import admin from "./admin";
import profile from "./profile";
import offers from "./offers";
import referrals from "./referrals";
import agreements from "./agreements";
import forums from "./forums";
import adverseEvents from "./adverse-events";
import compliance from "./compliance";
import taskTransfers from "./task-transfers";
import jobs from "./jobs";
import aids from "./aids";
import type { AppLocale } from "../config";

export const AREAS = { common, validation, auth, shell, admin, profile, offers, referrals, agreements, forums, adverseEvents, compliance, taskTransfers, jobs, aids };
export type AreaName = keyof typeof AREAS;

/** Every message key of the portal: a key that does not exist fails `npm run typecheck`. */
export type MessageKey = { [A in AreaName]: keyof (typeof AREAS)[A]["da"] & string }[AreaName];

/** The areas every page's client components may use: errors, field messages, the shell. */
export const BASE_AREAS: AreaName[] = ["common", "validation", "shell"];

export const messageModules = Object.values(AREAS);

type Dict = Record<string, string>;
export const messages: { da: Dict; en: Dict } = {
  da: Object.assign({}, ...messageModules.map((m) => m.da)),
  en: Object.assign({}, ...messageModules.map((m) => m.en)),
};

/** One locale's messages of the given areas: what a page's client components receive. */
export function messagesFor(locale: AppLocale, areas: readonly AreaName[]): Dict {
  return Object.assign({}, ...areas.map((area) => AREAS[area][locale] as Dict));
}
