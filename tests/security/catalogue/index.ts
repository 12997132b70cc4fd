/** Every area of the catalogue. A new area: write catalogue/<area>.ts and add it here (README.md). */
import { agreements } from "./agreements";
import { agreementAtWork } from "./agreement-at-work";
import { aids } from "./aids";
import { forums } from "./forums";
import { initiatives } from "./initiatives";
import { offers } from "./offers";
import { referrals } from "./referrals";
import { shell } from "./shell";
import { users } from "./users";
import type { ActionEntry, Area, PageEntry, RouteEntry } from "./types";

export const AREAS: Area[] = [referrals, offers, agreements, forums, initiatives, users, shell, agreementAtWork, aids];
export const ACTIONS: ActionEntry[] = AREAS.flatMap((a) => a.actions);
export const PAGES: PageEntry[] = AREAS.flatMap((a) => a.pages);
export const ROUTES: RouteEntry[] = AREAS.flatMap((a) => a.routes ?? []);
