/**
 * All UI messages, one module per area, each `{ da: {...}, en: {...} }` with flat dotted keys.
 * tests/unit/i18n/messages.test.ts checks that every key exists in both languages with the same placeholders.
 * Add an area by creating its module and listing it here.
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

export const messageModules = [common, validation, auth, shell, admin, profile, offers, referrals, agreements, forums];

type Dict = Record<string, string>;
export const messages: { da: Dict; en: Dict } = {
  da: Object.assign({}, ...messageModules.map((m) => m.da)),
  en: Object.assign({}, ...messageModules.map((m) => m.en)),
};
