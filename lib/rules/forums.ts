/**
 * Who may do what in a forum (committee, working group …), and whether a forum's composition keeps
 * its rules. Pure functions over plain data — the actor, the actor's current forum seats and the
 * forum tree — no database, no Next. Domain operations in lib/domain/forums|meetings|initiatives
 * load those facts and ask these functions; the UI may ask them to hide buttons.
 *
 * In words (issue 6, docs/product.md "Capability 4"):
 * - A forum is read by its members, by members of every forum it reports to (a parent reads its
 *   children's boards, and so does the parent's parent), by its secretariat organisation (and the
 *   secretariat of a forum it reports to), and by the platform administrator. The public — and any
 *   signed-in user without one of those relations — reads a forum only when it is marked public.
 * - Its members (any position) and the coordinators of its secretariat organisation edit its
 *   initiatives and propose decisions.
 * - Only the chair or the secretary of a forum record its final decisions, agenda decisions and
 *   minutes.
 * - The forum's chair or secretary, its secretariat's coordinators and the administrator manage the
 *   forum itself (mandate, rules, members, meetings).
 * - A region's coordinators (and the administrator) create forums in that region.
 * - Members of the forum reply, members of a forum it reports to comment (the coordination group
 *   comments on a follow-up group's proposal — seed 003).
 *
 * Fail closed: no actor, unknown forum, a cycle in the tree → denied.
 */
import type { CompositionRule, ForumPosition, OrganisationKind, Role, SeatParty } from "@/lib/generated/prisma/enums";
import { type Actor, isAdmin } from "./actor";
import { allow, deny, type Decision } from "./decision";

/** The bits of a forum the rules need (the whole tree is small: tens of forums per region). */
export type ForumNode = {
  id: string;
  parentId: string | null;
  regionId: string;
  isPublic: boolean;
  secretariatOrganisationId: string | null;
};

/** A current seat of the actor (ForumMember with the actor's user id, in its period today). */
export type ForumSeat = { forumId: string; position: ForumPosition };

/** How the actor stands to one forum: the facts every decision below is a table over. */
export type ForumRelation = {
  signedIn: boolean;
  admin: boolean;
  isPublic: boolean;
  /** Positions the actor holds in this forum now. */
  positions: ForumPosition[];
  /** Positions the actor holds in forums this one reports to (directly or further up). */
  ancestorPositions: ForumPosition[];
  /** The actor's roles in this forum's secretariat organisation. */
  secretariatRoles: Role[];
  /** The actor belongs to the secretariat organisation of a forum this one reports to. */
  ancestorSecretariat: boolean;
};

export const NO_RELATION: ForumRelation = {
  signedIn: false,
  admin: false,
  isPublic: false,
  positions: [],
  ancestorPositions: [],
  secretariatRoles: [],
  ancestorSecretariat: false,
};

/** The forums `forumId` reports to, nearest first. Stops at a cycle or a missing parent. */
export function ancestorIds(forumId: string, byId: ReadonlyMap<string, ForumNode>): string[] {
  const result: string[] = [];
  const seen = new Set([forumId]);
  let parentId = byId.get(forumId)?.parentId ?? null;
  while (parentId && !seen.has(parentId) && byId.has(parentId)) {
    result.push(parentId);
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return result;
}

/** The forums below `forumId` (children, their children …), the forum itself not included. */
export function descendantIds(forumId: string, nodes: readonly ForumNode[]): string[] {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node.id]);
  }
  const result: string[] = [];
  const seen = new Set([forumId]);
  const queue = [...(children.get(forumId) ?? [])];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

/** Computes the actor's relation to one forum. An unknown forum gives no relation at all. */
export function forumRelation(
  actor: Actor | null,
  seats: readonly ForumSeat[],
  forumId: string,
  byId: ReadonlyMap<string, ForumNode>,
): ForumRelation {
  const forum = byId.get(forumId);
  if (!forum) return NO_RELATION;
  const ancestors = ancestorIds(forumId, byId);
  const rolesIn = (organisationId: string | null): Role[] =>
    actor && organisationId ? actor.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role) : [];
  return {
    signedIn: !!actor,
    admin: isAdmin(actor),
    isPublic: forum.isPublic,
    positions: actor ? seats.filter((s) => s.forumId === forumId).map((s) => s.position) : [],
    ancestorPositions: actor ? seats.filter((s) => ancestors.includes(s.forumId)).map((s) => s.position) : [],
    secretariatRoles: rolesIn(forum.secretariatOrganisationId),
    ancestorSecretariat: ancestors.some((id) => rolesIn(byId.get(id)?.secretariatOrganisationId ?? null).length > 0),
  };
}

const LEADING: readonly ForumPosition[] = ["CHAIR", "SECRETARY"];
const leads = (positions: readonly ForumPosition[]) => positions.some((p) => LEADING.includes(p));

/** Reading the forum: its page, members, meetings, status board and initiatives. */
export function canReadForum(rel: ForumRelation): Decision {
  if (rel.isPublic) return allow();
  if (!rel.signedIn) return deny("errors.signInRequired");
  if (rel.admin || rel.positions.length > 0 || rel.ancestorPositions.length > 0) return allow();
  if (rel.secretariatRoles.length > 0 || rel.ancestorSecretariat) return allow();
  return deny("forums.reason.notMember");
}

/** Creating and editing the forum's initiatives, proposing decisions, importing its status table. */
export function canEditInitiatives(rel: ForumRelation): Decision {
  if (!rel.signedIn) return deny("errors.signInRequired");
  if (rel.positions.length > 0) return allow();
  if (rel.secretariatRoles.includes("COORDINATOR")) return allow();
  return deny("forums.reason.notMemberOrSecretariat");
}

/** Recording a final decision (Videreføres / Afvikles), an agenda item's decision or the minutes. */
export function canRecordFinalDecision(rel: ForumRelation): Decision {
  if (!rel.signedIn) return deny("errors.signInRequired");
  return leads(rel.positions) ? allow() : deny("forums.reason.chairOrSecretaryOnly");
}

/** The forum itself: mandate, rules, seat rules, members; and planning meetings and their agenda. */
export function canManageForum(rel: ForumRelation): Decision {
  if (!rel.signedIn) return deny("errors.signInRequired");
  if (rel.admin || leads(rel.positions) || rel.secretariatRoles.includes("COORDINATOR")) return allow();
  return deny("forums.reason.managersOnly");
}

/** Writing in an initiative's review thread: its own forum replies, a forum above comments. */
export function canCommentOnInitiative(rel: ForumRelation): Decision {
  if (!rel.signedIn) return deny("errors.signInRequired");
  if (rel.positions.length > 0 || rel.ancestorPositions.length > 0) return allow();
  return deny("forums.reason.notMemberOrParent");
}

/** Creating a forum in a region: the region's coordinators, and the administrator. */
export function canCreateForum(actor: Actor | null, regionId: string): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (isAdmin(actor)) return allow();
  const coordinates = actor.memberships.some((m) => m.organisationId === regionId && m.organisationKind === "REGION" && m.role === "COORDINATOR");
  return coordinates ? allow() : deny("forums.reason.regionCoordinatorOnly");
}

/** Where an organisation sits: a region is its own; a clinic may know its region only through its municipality. */
export type OrganisationPlace = { id: string; kind: OrganisationKind; regionId: string | null; municipality?: { regionId: string | null } | null };

/** The region an organisation belongs to; null for the platform (it belongs to none). */
export function regionOf(organisation: OrganisationPlace): string | null {
  if (organisation.kind === "REGION") return organisation.id;
  return organisation.regionId ?? organisation.municipality?.regionId ?? null;
}

/**
 * A forum's secretariat is an organisation of the forum's own region — the region, one of its
 * municipalities, hospitals or clinics. Its coordinators manage the forum (canManageForum), so a
 * secretariat elsewhere would hand the forum to another region (issue 18: the probe handed a Region
 * Syddanmark follow-up group to Region Sjælland this way).
 */
export function canBeSecretariat(forumRegionId: string, organisation: OrganisationPlace | null): Decision {
  if (!organisation) return deny("validation.choose");
  return regionOf(organisation) === forumRegionId ? allow() : deny("validation.forums.secretariatOtherRegion");
}

// ───────────────────────────────────── Composition ─────────────────────────────────────

export type CompositionForum = {
  compositionRule: CompositionRule;
  chairParty: SeatParty | null;
  viceChairParty: SeatParty | null;
  seatRules: readonly { party: SeatParty; minSeats: number; maxSeats: number | null }[];
};

export type CompositionMember = { party: SeatParty; position: ForumPosition };

/**
 * One way a member list breaks its forum's rules. `amount` says how badly (missing seats, extra
 * seats, extra chairs …) so a change can be judged by whether it makes a rule *more* broken.
 * `code` is a message key; `key` identifies the rule and party.
 */
export type CompositionIssue = {
  key: string;
  code:
    | "missingParty"
    | "partyNotAllowed"
    | "belowMinimum"
    | "aboveMaximum"
    | "tooManyChairs"
    | "tooManyViceChairs"
    | "chairParty"
    | "viceChairParty";
  party?: SeatParty;
  amount: number;
  params: Record<string, string | number>;
};

/** The region acts through its hospitals (docs/product.md): a hospital seat is a seat for the region. */
export const REGION_SIDE: readonly SeatParty[] = ["REGION", "HOSPITAL"];

const REQUIRED_PARTIES: Record<CompositionRule, readonly SeatParty[]> = {
  CROSS_SECTOR: ["REGION", "MUNICIPALITY", "GENERAL_PRACTICE"],
  REGION_AND_MUNICIPALITY: ["REGION", "MUNICIPALITY"],
  FREE: [],
};

/** The parties a rule admits; null = any. */
const ALLOWED_PARTIES: Record<CompositionRule, readonly SeatParty[] | null> = {
  CROSS_SECTOR: null,
  REGION_AND_MUNICIPALITY: ["REGION", "HOSPITAL", "MUNICIPALITY"],
  FREE: null,
};

const countParty = (members: readonly CompositionMember[], party: SeatParty) =>
  members.filter((m) => (party === "REGION" ? REGION_SIDE.includes(m.party) : m.party === party)).length;

/**
 * Every way `members` break the forum's rules (empty = the composition is complete and valid).
 * The secretary serves the forum and holds no party seat, so secretaries are not counted.
 */
export function compositionIssues(forum: CompositionForum, allMembers: readonly CompositionMember[]): CompositionIssue[] {
  const members = allMembers.filter((m) => m.position !== "SECRETARY");
  const issues: CompositionIssue[] = [];
  for (const party of REQUIRED_PARTIES[forum.compositionRule] ?? []) {
    if (countParty(members, party) === 0) issues.push({ key: `missing:${party}`, code: "missingParty", party, amount: 1, params: {} });
  }
  const allowed = ALLOWED_PARTIES[forum.compositionRule];
  if (allowed) {
    const parties = [...new Set(members.map((m) => m.party))].filter((p) => !allowed.includes(p));
    for (const party of parties) {
      const count = members.filter((m) => m.party === party).length;
      issues.push({ key: `notAllowed:${party}`, code: "partyNotAllowed", party, amount: count, params: { count } });
    }
  }
  for (const rule of forum.seatRules) {
    const count = members.filter((m) => m.party === rule.party).length;
    if (count < rule.minSeats) {
      issues.push({ key: `min:${rule.party}`, code: "belowMinimum", party: rule.party, amount: rule.minSeats - count, params: { min: rule.minSeats, count } });
    }
    if (rule.maxSeats !== null && count > rule.maxSeats) {
      issues.push({ key: `max:${rule.party}`, code: "aboveMaximum", party: rule.party, amount: count - rule.maxSeats, params: { max: rule.maxSeats, count } });
    }
  }
  const chairs = members.filter((m) => m.position === "CHAIR");
  const viceChairs = members.filter((m) => m.position === "VICE_CHAIR");
  if (chairs.length > 1) issues.push({ key: "chairs", code: "tooManyChairs", amount: chairs.length - 1, params: { count: chairs.length } });
  if (viceChairs.length > 1) {
    issues.push({ key: "viceChairs", code: "tooManyViceChairs", amount: viceChairs.length - 1, params: { count: viceChairs.length } });
  }
  if (forum.chairParty) {
    const wrong = chairs.filter((m) => m.party !== forum.chairParty).length;
    if (wrong > 0) issues.push({ key: "chairParty", code: "chairParty", party: forum.chairParty, amount: wrong, params: {} });
  }
  if (forum.viceChairParty) {
    const wrong = viceChairs.filter((m) => m.party !== forum.viceChairParty).length;
    if (wrong > 0) issues.push({ key: "viceChairParty", code: "viceChairParty", party: forum.viceChairParty, amount: wrong, params: {} });
  }
  return issues;
}

/** The message key of an issue (lib/i18n/messages/forums.ts has one per code and party). */
export function compositionIssueMessageKey(issue: CompositionIssue): string {
  return issue.party ? `forums.composition.${issue.code}.${issue.party}` : `forums.composition.${issue.code}`;
}

export type MembershipChangeDecision = Decision & { worsened: CompositionIssue[] };

/**
 * A change of membership (add, end, change of position or party) is refused when it makes any rule
 * more broken than it was: a new issue, or an existing one with a larger amount. A forum that is
 * being built up may be incomplete (each added member brings it closer); what the portal refuses is
 * a step away from the rules — one seat too many, the last general practitioner leaving a
 * cross-sector forum, a second chair, a chair from the wrong party, a GP in a clarification committee.
 */
export function canChangeMembership(
  forum: CompositionForum,
  before: readonly CompositionMember[],
  after: readonly CompositionMember[],
): MembershipChangeDecision {
  const previous = new Map(compositionIssues(forum, before).map((i) => [i.key, i.amount]));
  const worsened = compositionIssues(forum, after).filter((issue) => issue.amount > (previous.get(issue.key) ?? 0));
  if (worsened.length === 0) return { allowed: true, worsened };
  return { allowed: false, reason: compositionIssueMessageKey(worsened[0]), worsened };
}

/** Members whose period includes `day` (periodTo inclusive; dates compared as yyyy-mm-dd). */
export function isSeatCurrent(member: { periodFrom: Date; periodTo: Date | null }, day: Date): boolean {
  const d = isoDay(day);
  return isoDay(member.periodFrom) <= d && (member.periodTo === null || isoDay(member.periodTo) >= d);
}

/** A @db.Date value (UTC midnight) as yyyy-mm-dd; callers pass today as lib/calendar's danishTodayColumn, never an instant. */
export function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

// ───────────────────────────────────── Meeting frequency ─────────────────────────────────────

export type MeetingFact = { startsAt: Date; status: "PLANNED" | "HELD" | "CANCELLED" };

/**
 * Meetings that count towards the forum's minimum in the 12 months up to `now`: held meetings, and
 * planned ones whose date has passed (not yet marked held); cancelled meetings never count.
 */
export function meetingsInLastYear(meetings: readonly MeetingFact[], now: Date): number {
  const from = new Date(now);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  return meetings.filter((m) => m.status !== "CANCELLED" && m.startsAt > from && m.startsAt <= now).length;
}

/** The warning when a forum met less often than its rule in the last 12 months; null if fine or no rule. */
export function meetingFrequencyWarning(
  minMeetingsPerYear: number | null,
  meetings: readonly MeetingFact[],
  now: Date,
): { required: number; held: number } | null {
  if (!minMeetingsPerYear || minMeetingsPerYear <= 0) return null;
  const held = meetingsInLastYear(meetings, now);
  return held < minMeetingsPerYear ? { required: minMeetingsPerYear, held } : null;
}

/**
 * Issues a member list cannot grow out of: a party the rule does not admit, too many seats, a second
 * chair, a chair from the wrong party. (Missing parties and unfilled minimums are normal while seats
 * are being filled.)
 */
const HARD_CODES: ReadonlySet<CompositionIssue["code"]> = new Set(["partyNotAllowed", "aboveMaximum", "tooManyChairs", "tooManyViceChairs", "chairParty", "viceChairParty"]);

/**
 * Changing a forum's rules (composition rule, chair parties, seat rules) is refused when the current
 * members would break the new rules in a way they cannot grow out of, and did not already.
 */
export function canChangeRules(
  before: CompositionForum,
  after: CompositionForum,
  members: readonly CompositionMember[],
): MembershipChangeDecision {
  const previous = new Map(compositionIssues(before, members).map((i) => [i.key, i.amount]));
  const worsened = compositionIssues(after, members).filter((i) => HARD_CODES.has(i.code) && i.amount > (previous.get(i.key) ?? 0));
  if (worsened.length === 0) return { allowed: true, worsened };
  return { allowed: false, reason: compositionIssueMessageKey(worsened[0]), worsened };
}

/** Whether making `parentId` the parent of `forumId` would make the tree a loop. */
export function wouldCreateCycle(forumId: string, parentId: string | null, nodes: readonly ForumNode[]): boolean {
  if (!parentId) return false;
  return parentId === forumId || descendantIds(forumId, nodes).includes(parentId);
}
