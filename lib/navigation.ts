/**
 * The primary navigation as plain data and one pure function of the actor. It only decides which
 * links to *show*: every page still authorises itself, so a link shown by mistake opens nothing,
 * and a URL typed by hand is checked the same way.
 *
 * Items are the union over all of the user's memberships (not just the active organisation), so
 * switching organisation never makes a whole area disappear from the menu.
 */
import { isAdmin, type Actor } from "@/lib/rules/actor";

export type NavItemId =
  | "agreements"
  | "offers"
  | "aids"
  | "myOffers"
  | "referrals"
  | "forums"
  | "initiatives"
  | "members"
  | "statistics"
  | "adverseEvents"
  | "taskTransfers"
  | "compliance"
  | "admin"
  | "audit"
  | "accessLog"
  | "jobs"
  | "profile";

export type NavItem = { id: NavItemId; href: string; labelKey: string };

/** In menu order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: "agreements", href: "/aftaler", labelKey: "nav.agreements" },
  { id: "offers", href: "/tilbud", labelKey: "nav.offers" },
  { id: "aids", href: "/hjaelpemidler", labelKey: "nav.aids" },
  { id: "myOffers", href: "/mine-tilbud", labelKey: "nav.myOffers" },
  { id: "referrals", href: "/henvisninger", labelKey: "nav.referrals" },
  { id: "forums", href: "/fora", labelKey: "nav.forums" },
  { id: "initiatives", href: "/initiativer", labelKey: "nav.initiatives" },
  { id: "members", href: "/organisation/medlemmer", labelKey: "nav.members" },
  { id: "statistics", href: "/henvisninger/statistik", labelKey: "nav.statistics" },
  { id: "adverseEvents", href: "/haendelser", labelKey: "nav.adverseEvents" },
  { id: "taskTransfers", href: "/opgaveoverdragelse", labelKey: "nav.taskTransfers" },
  { id: "compliance", href: "/overholdelse", labelKey: "nav.compliance" },
  { id: "admin", href: "/admin/brugere", labelKey: "nav.admin" },
  { id: "audit", href: "/admin/revision", labelKey: "nav.audit" },
  { id: "accessLog", href: "/admin/adgangslog", labelKey: "nav.accessLog" },
  { id: "jobs", href: "/admin/job", labelKey: "nav.jobs" },
  { id: "profile", href: "/profil", labelKey: "nav.profile" },
];

/** Facts about the user that are not on the actor (loaded by the shell). */
export type NavigationContext = {
  /** The user holds a current seat in at least one forum (ForumMember with their user id). */
  forumMember?: boolean;
};

/** Everyone, signed in or not: the agreements in force and the published offers are public. */
const PUBLIC: readonly NavItemId[] = ["agreements", "offers"];

export function navigationFor(actor: Actor | null, context: NavigationContext = {}): NavItem[] {
  const ids = new Set<NavItemId>(PUBLIC);
  if (actor) {
    for (const m of actor.memberships) {
      if (m.role === "CLINICIAN") ids.add("referrals");
      if (m.organisationKind === "MUNICIPALITY" && (m.role === "COORDINATOR" || m.role === "CASEWORKER")) {
        // Municipal staff receive referrals and keep their own offers (under Tilbud) up to date.
        ids.add("referrals").add("offers").add("agreements");
      }
      // Coordinators keep their organisation's offers (the region owns specialised ones).
      if ((m.organisationKind === "MUNICIPALITY" || m.organisationKind === "REGION") && m.role === "COORDINATOR") ids.add("myOffers");
      if (m.organisationKind === "REGION") ids.add("statistics").add("compliance"); // aggregates only (canViewReferralStatistics, canViewCompliance)
      if (m.organisationKind === "MUNICIPALITY" && m.role === "COORDINATOR") ids.add("compliance");
      // Task transfers between sectors: the parties' coordinators (lib/rules/task-transfers.ts).
      if ((m.organisationKind === "MUNICIPALITY" || m.organisationKind === "REGION") && m.role === "COORDINATOR") ids.add("taskTransfers");
      if (m.role === "RISK_MANAGER") ids.add("adverseEvents"); // the cases of their organisations (lib/rules/adverse-events.ts)
      if (m.organisationKind === "REGION" && m.role === "COORDINATOR") {
        ids.add("agreements").add("forums").add("initiatives");
      }
    }
    // Coordinators manage their own organisation's memberships (lib/rules/users.ts).
    if (actor.memberships.some((m) => m.role === "COORDINATOR")) ids.add("members");
    if (isAdmin(actor)) ids.add("admin").add("audit").add("accessLog").add("jobs").add("compliance");
    // Committees see referral figures without personal data (the statistics page).
    if (context.forumMember) ids.add("forums").add("initiatives").add("statistics").add("taskTransfers").add("compliance");
    // The aids catalogue is read by the users of a region's own organisations, hospitals and municipalities (lib/rules/aids.ts).
    if (actor.memberships.some((m) => m.organisationKind === "REGION" || m.organisationKind === "HOSPITAL" || m.organisationKind === "MUNICIPALITY")) ids.add("aids");
    ids.add("profile");
  }
  return NAV_ITEMS.filter((item) => ids.has(item.id));
}

/**
 * The aria-current value of a menu link: "page" on the page itself, "true" on a page below it
 * (the section the user is in), nothing elsewhere.
 */
export function ariaCurrentFor(pathname: string, href: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  if (href !== "/" && pathname.startsWith(`${href}/`)) return "true";
  return undefined;
}
