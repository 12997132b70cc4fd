/**
 * Demo referrals (henvisninger): about three in every ReferralStatus, from the demo GPs in Roskilde
 * and Slagelse to offers in Roskilde, Næstved and Slagelse or to a clarifying conversation, with an
 * event for every transition and the deadline fields the referral flow would have set, computed with
 * the Danish working-day calendar from the milestone obligations of the agreement (section 2.1.1).
 * Citizens are fictional; CPR numbers are valid by lib/cpr (a real date, born 1940–1995).
 * Natural key: Referral.reference; events have deterministic ids.
 */
import type { ConsentBasis, Diagnosis, ReferralEventType, ReferralStatus, RiskFactor } from "@/lib/generated/prisma/enums";
import { checkCpr } from "../../lib/cpr";
import { closingDaysFromSetting, deadlineAfter, type DeadlineRule } from "../../lib/calendar";
import { SECTIONS } from "./agreement-sjaelland-sections";
import type { OfferIndex } from "./offers";
import { M, type OrgIndex } from "./organisations";
import type { DemoEmail, UserIndex } from "./users";
import { addDays, addHours, addWeekdays, onWeekday, previousWeekday, seedId, type Tx } from "./util";

interface ReferralData {
  n: number;
  clinic: "roskilde" | "slagelse";
  citizen: [name: string, cpr: string, residence: string];
  /** "<municipality code>/<template>"; null = clarifying conversation with the residence municipality. */
  offer: string | null;
  /** Receiving municipality when it is a partner of the residence municipality. */
  receiving?: string;
  status: ReferralStatus;
  sentDaysAgo: number;
  reason: string;
  riskFactors: RiskFactor[];
  diagnoses?: Diagnosis[];
  relevantInformation?: string;
  specialNeeds?: string;
  consent: ConsentBasis;
  /** Cancelled after the receipt rather than before it. */
  cancelledAfterReceipt?: boolean;
  reassignTo?: string;
  rejectionReason?: string;
  dropOutReason?: string;
  cancellationReason?: string;
  closing?: { attended: boolean; goal?: string; benefit?: string; followUp: boolean; followUpNote?: string };
}

const REFERRALS: ReferralData[] = [
  // SENT
  { n: 1, clinic: "roskilde", citizen: ["Jonas Kristiansen", "1203881235", M.roskilde], offer: `${M.roskilde}/rygestop-gruppe`, status: "SENT", sentDaysAgo: 1, reason: "Ryger ca. 20 cigaretter dagligt. Motiveret for rygestop efter langvarig bronkitis.", riskFactors: ["SMOKING"], consent: "AUTHORISED_NO_OBJECTION" },
  { n: 2, clinic: "slagelse", citizen: ["Fatima Hassan", "0507794562", M.slagelse], offer: null, status: "SENT", sentDaysAgo: 2, reason: "Overvægt (BMI 34) og let forhøjet blodtryk. Ønsker hjælp til kost og motion.", riskFactors: ["DIET", "EXERCISE", "OVERWEIGHT"], specialNeeds: "Taler begrænset dansk – tolk (arabisk) ønskes.", consent: "ORAL_CONSENT" },
  { n: 3, clinic: "roskilde", citizen: ["Bent Sørensen", "2811541357", M.roskilde], offer: `${M.roskilde}/kol`, status: "SENT", sentDaysAgo: 9, reason: "KOL, FEV1 48 % af forventet, MRC 3. Ønsker rehabilitering.", riskFactors: ["EXERCISE", "SMOKING"], diagnoses: ["COPD"], relevantInformation: "Stadig ryger, 10 cigaretter dagligt. Spirometri vedlagt.", consent: "AUTHORISED_NO_OBJECTION" },
  // RECEIVED
  { n: 4, clinic: "roskilde", citizen: ["Lise Frandsen", "1402674218", M.roskilde], offer: `${M.roskilde}/diabetes`, status: "RECEIVED", sentDaysAgo: 4, reason: "Nydiagnosticeret type 2-diabetes (HbA1c 58 mmol/mol).", riskFactors: ["DIET", "EXERCISE"], diagnoses: ["TYPE2_DIABETES"], consent: "AUTHORISED_NO_OBJECTION" },
  { n: 5, clinic: "slagelse", citizen: ["Kim Mortensen", "3009611143", M.naestved], offer: `${M.naestved}/kol`, status: "RECEIVED", sentDaysAgo: 5, reason: "KOL, MRC 2, to exacerbationer det seneste år.", riskFactors: ["EXERCISE"], diagnoses: ["COPD"], consent: "AUTHORISED_NO_OBJECTION" },
  { n: 6, clinic: "slagelse", citizen: ["Helle Dahl", "1712702826", M.slagelse], offer: null, status: "RECEIVED", sentDaysAgo: 24, reason: "Højt alkoholforbrug (ca. 30 genstande om ugen) og søvnproblemer. Ønsker en samtale om muligheder.", riskFactors: ["ALCOHOL", "MENTAL_HEALTH"], consent: "WRITTEN_CONSENT" },
  // ACCEPTED
  { n: 7, clinic: "roskilde", citizen: ["Niels Overgaard", "0604491457", M.lejre], offer: `${M.roskilde}/kol`, receiving: M.roskilde, status: "ACCEPTED", sentDaysAgo: 12, reason: "KOL, MRC 3. Lejre Kommune har aftale med Roskilde om KOL-rehabilitering.", riskFactors: ["EXERCISE"], diagnoses: ["COPD"], relevantInformation: "Bruger inhalationsmedicin. Ingen iltbehandling.", consent: "AUTHORISED_NO_OBJECTION" },
  { n: 8, clinic: "roskilde", citizen: ["Anja Poulsen", "2301823526", M.roskilde], offer: `${M.roskilde}/kost`, reassignTo: `${M.roskilde}/diabetes`, status: "ACCEPTED", sentDaysAgo: 15, reason: "Overvægt og type 2-diabetes; ønsker hjælp til at lægge kosten om.", riskFactors: ["DIET", "OVERWEIGHT"], diagnoses: ["TYPE2_DIABETES"], consent: "AUTHORISED_NO_OBJECTION" },
  { n: 9, clinic: "slagelse", citizen: ["Mads Ibsen", "1110933671", M.slagelse], offer: `${M.slagelse}/rygestop-gruppe`, status: "ACCEPTED", sentDaysAgo: 9, reason: "Ryger og ønsker at stoppe før partnerens fødsel.", riskFactors: ["SMOKING"], consent: "AUTHORISED_NO_OBJECTION" },
  // REJECTED
  { n: 10, clinic: "roskilde", citizen: ["Per Lund", "0902581673", M.roskilde], offer: `${M.roskilde}/hjerte`, status: "REJECTED", sentDaysAgo: 14, reason: "Stabil angina pectoris; ønsker at komme i gang med træning.", riskFactors: ["EXERCISE"], diagnoses: ["HEART_DISEASE"], consent: "AUTHORISED_NO_OBJECTION", rejectionReason: "Hjertegenoptræning (fase III) forudsætter afsluttet fase II på sygehuset. Henvis venligst til hjerterehabilitering fase II på Sjællands Universitetshospital, Roskilde; borgeren kan derefter starte hos os." },
  { n: 11, clinic: "slagelse", citizen: ["Susanne Krogh", "2505664820", M.naestved], offer: `${M.naestved}/motion`, status: "REJECTED", sentDaysAgo: 19, reason: "Træthed og dårlig kondition efter behandling for brystkræft.", riskFactors: ["EXERCISE"], diagnoses: ["CANCER"], consent: "AUTHORISED_NO_OBJECTION", rejectionReason: "Motion på recept er ikke målrettet borgere efter kræftbehandling. Borgeren er i stedet tilbudt en afklarende samtale om Kræftrehabilitering – Krop og sind; send gerne en ny henvisning dertil." },
  { n: 12, clinic: "slagelse", citizen: ["Thomas Bruun", "1408771239", M.slagelse], offer: null, status: "REJECTED", sentDaysAgo: 18, reason: "Alkoholoverforbrug; ønsker hjælp.", riskFactors: ["ALCOHOL"], consent: "WRITTEN_CONSENT", rejectionReason: "Borgeren er allerede i forløb i kommunens alkoholbehandling, og behandleren er orienteret. En afklarende samtale er derfor ikke relevant." },
  // IN_PROGRESS
  { n: 13, clinic: "roskilde", citizen: ["Karin Holm", "0311592428", M.roskilde], offer: `${M.roskilde}/alkohol`, status: "IN_PROGRESS", sentDaysAgo: 35, reason: "Dagligt alkoholforbrug, forhøjede levertal. Ønsker behandling.", riskFactors: ["ALCOHOL"], relevantInformation: "ALAT 92 U/l. Ingen abstinenssymptomer i konsultationen.", consent: "WRITTEN_CONSENT" },
  { n: 14, clinic: "slagelse", citizen: ["Ole Svendsen", "1906521117", M.slagelse], offer: `${M.slagelse}/artrose`, status: "IN_PROGRESS", sentDaysAgo: 45, reason: "Knæartrose bilateralt, smerter ved gang over 1 km.", riskFactors: ["EXERCISE", "OVERWEIGHT"], diagnoses: ["MUSCULOSKELETAL"], consent: "AUTHORISED_NO_OBJECTION" },
  { n: 15, clinic: "slagelse", citizen: ["Maria Nørgaard", "0808842672", M.naestved], offer: `${M.naestved}/diabetes`, status: "IN_PROGRESS", sentDaysAgo: 30, reason: "Type 2-diabetes diagnosticeret for tre måneder siden.", riskFactors: ["DIET", "EXERCISE"], diagnoses: ["TYPE2_DIABETES"], consent: "AUTHORISED_NO_OBJECTION" },
  // COMPLETED
  { n: 16, clinic: "roskilde", citizen: ["Erik Jakobsen", "2207461891", M.roskilde], offer: `${M.roskilde}/kol`, status: "COMPLETED", sentDaysAgo: 140, reason: "KOL, MRC 3, nedsat gangdistance.", riskFactors: ["EXERCISE"], diagnoses: ["COPD"], consent: "AUTHORISED_NO_OBJECTION", closing: { attended: true, goal: "Øge gangdistancen og mindske åndenød i hverdagen.", benefit: "6-minutters gangtest forbedret fra 310 til 390 meter. Træner videre i lokal KOL-forening.", followUp: false } },
  { n: 17, clinic: "roskilde", citizen: ["Hanne Vestergaard", "1704633530", M.roskilde], offer: `${M.roskilde}/rygestop-gruppe`, status: "COMPLETED", sentDaysAgo: 100, reason: "Ryger 15 cigaretter dagligt, ønsker at stoppe.", riskFactors: ["SMOKING"], consent: "AUTHORISED_NO_OBJECTION", closing: { attended: true, goal: "Røgfri.", benefit: "Røgfri ved afslutning (CO-måling 2 ppm).", followUp: true, followUpNote: "Bruger nikotinplaster – lægen bedes følge op på nedtrapning ved næste konsultation." } },
  { n: 18, clinic: "slagelse", citizen: ["Jørgen Winther", "0101531357", M.slagelse], offer: `${M.slagelse}/livsstil`, status: "COMPLETED", sentDaysAgo: 130, reason: "Overvægt, inaktiv, prædiabetes.", riskFactors: ["DIET", "EXERCISE", "OVERWEIGHT"], consent: "AUTHORISED_NO_OBJECTION", closing: { attended: true, goal: "Vægttab og mere bevægelse i hverdagen.", benefit: "Vægttab 4 kg; går nu dagligt 30 minutter.", followUp: false } },
  // DROPPED_OUT
  { n: 19, clinic: "roskilde", citizen: ["Camilla Berg", "2903902566", M.roskilde], offer: `${M.roskilde}/diabetes`, status: "DROPPED_OUT", sentDaysAgo: 75, reason: "Type 2-diabetes, svingende blodsukker.", riskFactors: ["DIET"], diagnoses: ["TYPE2_DIABETES"], consent: "AUTHORISED_NO_OBJECTION", dropOutReason: "Borgeren er startet i nyt job og kan ikke deltage i dagtimerne. Tilbudt aftenhold, men takkede nej.", closing: { attended: false, followUp: true, followUpNote: "Lægen bedes drøfte andre muligheder ved næste diabeteskontrol." } },
  { n: 20, clinic: "slagelse", citizen: ["Ahmed Yilmaz", "1512681019", M.naestved], offer: `${M.naestved}/rygestop-individuelt`, status: "DROPPED_OUT", sentDaysAgo: 70, reason: "Ryger, ønsker rygestop i forbindelse med forhøjet blodtryk.", riskFactors: ["SMOKING"], consent: "AUTHORISED_NO_OBJECTION", dropOutReason: "Udeblev fra tre aftalte samtaler og har ikke svaret på henvendelser.", closing: { attended: false, followUp: false } },
  { n: 21, clinic: "slagelse", citizen: ["Birthe Lauritsen", "0606442240", M.slagelse], offer: `${M.slagelse}/diabetes`, status: "DROPPED_OUT", sentDaysAgo: 80, reason: "Type 2-diabetes og nedsat mobilitet.", riskFactors: ["DIET", "EXERCISE"], diagnoses: ["TYPE2_DIABETES"], consent: "AUTHORISED_NO_OBJECTION", dropOutReason: "Indlagt på Slagelse Sygehus midt i forløbet; ønsker at starte på et nyt hold senere.", closing: { attended: false, followUp: true, followUpNote: "Ny henvisning, når borgeren er klar." } },
  // CANCELLED
  { n: 22, clinic: "roskilde", citizen: ["Lars Bang", "1009711253", M.roskilde], offer: `${M.roskilde}/rygestop-gruppe`, status: "CANCELLED", sentDaysAgo: 10, reason: "Ryger, ønsker rygestop.", riskFactors: ["SMOKING"], consent: "AUTHORISED_NO_OBJECTION", cancellationReason: "Borgeren har fortrudt og vil stoppe på egen hånd med hjælp fra apoteket." },
  { n: 23, clinic: "slagelse", citizen: ["Sofie Holm", "2104920788", M.slagelse], offer: null, status: "CANCELLED", sentDaysAgo: 16, cancelledAfterReceipt: true, reason: "Stress og søvnproblemer efter sygemelding.", riskFactors: ["MENTAL_HEALTH"], consent: "ORAL_CONSENT", cancellationReason: "Henvist ved en fejl – borgeren er allerede i et forløb i jobcentrets sundhedsindsats." },
  { n: 24, clinic: "roskilde", citizen: ["Michael Krag", "3112681471", M.roskilde], offer: `${M.roskilde}/kost`, status: "CANCELLED", sentDaysAgo: 25, cancelledAfterReceipt: true, reason: "Overvægt og forhøjet kolesterol.", riskFactors: ["DIET", "OVERWEIGHT"], consent: "AUTHORISED_NO_OBJECTION", cancellationReason: "Borgeren er flyttet til Aarhus Kommune." },
];

const CLINICS = {
  roskilde: { clinic: "roskilde-algade", gp: "laege.roskilde@demo.dk" },
  slagelse: { clinic: "slagelse-bredegade", gp: "laege.slagelse@demo.dk" },
} as const satisfies Record<string, { clinic: string; gp: DemoEmail }>;

/** Who processes referrals in the receiving municipality: receipt/course staff and the decision maker. */
const STAFF: Record<string, { caseworker: DemoEmail; coordinator: DemoEmail }> = {
  [M.roskilde]: { caseworker: "sagsbehandler.roskilde@demo.dk", coordinator: "koordinator.roskilde@demo.dk" },
  [M.naestved]: { caseworker: "koordinator.naestved@demo.dk", coordinator: "koordinator.naestved@demo.dk" },
  [M.slagelse]: { caseworker: "koordinator.slagelse@demo.dk", coordinator: "koordinator.slagelse@demo.dk" },
};

/** The transitions each final status went through (CANCELLED depends on when it was cancelled). */
const PATHS: Record<ReferralStatus, ReferralStatus[]> = {
  SENT: ["SENT"],
  RECEIVED: ["SENT", "RECEIVED"],
  ACCEPTED: ["SENT", "RECEIVED", "ACCEPTED"],
  REJECTED: ["SENT", "RECEIVED", "REJECTED"],
  IN_PROGRESS: ["SENT", "RECEIVED", "ACCEPTED", "IN_PROGRESS"],
  COMPLETED: ["SENT", "RECEIVED", "ACCEPTED", "IN_PROGRESS", "COMPLETED"],
  DROPPED_OUT: ["SENT", "RECEIVED", "ACCEPTED", "IN_PROGRESS", "DROPPED_OUT"],
  CANCELLED: ["SENT", "CANCELLED"],
};

const EVENT_TYPE: Record<ReferralStatus, ReferralEventType> = {
  SENT: "SENT",
  RECEIVED: "RECEIVED",
  ACCEPTED: "ACCEPTED",
  REJECTED: "REJECTED",
  IN_PROGRESS: "STARTED",
  COMPLETED: "COMPLETED",
  DROPPED_OUT: "DROPPED_OUT",
  CANCELLED: "CANCELLED",
};

function assertDemoCpr(cpr: string): void {
  const check = checkCpr(cpr);
  if (!check.valid || check.cpr !== cpr || check.birthDate.year < 1920 || check.birthDate.year > 2005) {
    throw new Error(`seed: demo CPR ${cpr} is not a valid adult's CPR number`);
  }
}

/** The deadline rules of the referral milestones, as the agreement's obligations state them. */
function milestoneRules(): Record<"RECEIPT" | "DECISION" | "CLOSING_STATUS", DeadlineRule> {
  const rule = (milestone: string): DeadlineRule => {
    const o = SECTIONS.flatMap((s) => s.obligations ?? []).find((x) => x.milestone === milestone);
    if (!o) throw new Error(`seed: the agreement has no ${milestone} obligation`);
    return { amount: o.amount ?? null, unit: o.unit ?? null };
  };
  return { RECEIPT: rule("RECEIPT"), DECISION: rule("DECISION"), CLOSING_STATUS: rule("CLOSING_STATUS") };
}

export function referralReference(n: number): string {
  return `H-2026-${String(n).padStart(6, "0")}`;
}

export async function seedReferrals(tx: Tx, orgs: OrgIndex, users: UserIndex, offers: OfferIndex, today: Date): Promise<void> {
  const rules = milestoneRules();
  const calendar = { closingDays: closingDaysFromSetting(process.env.WORKING_DAY_OPEN_CLOSING_DAYS) };
  for (const r of REFERRALS) {
    const [citizenName, citizenCpr, residence] = r.citizen;
    assertDemoCpr(citizenCpr);
    const receivingCode = r.receiving ?? residence;
    const offerFor = (key: string) => {
      const offer = offers.get(key);
      if (!offer) throw new Error(`seed: referral ${r.n} refers to unknown offer ${key}`);
      if (offer.status !== "PUBLISHED" || offer.capacity === "CLOSED") throw new Error(`seed: referral ${r.n} refers to an offer that is not open: ${key}`);
      if (!key.startsWith(`${receivingCode}/`)) throw new Error(`seed: referral ${r.n}: offer ${key} is not run by the receiving municipality ${receivingCode}`);
      return offer;
    };
    const firstOffer = r.offer ? offerFor(r.offer) : null;
    const finalOffer = r.reassignTo ? offerFor(r.reassignTo) : firstOffer;
    const staff = STAFF[receivingCode];
    if (!staff) throw new Error(`seed: no demo staff for municipality ${receivingCode}`);
    const clinic = orgs.clinics.get(CLINICS[r.clinic].clinic);
    if (!clinic) throw new Error(`seed: unknown clinic ${CLINICS[r.clinic].clinic}`);
    const gp = users[CLINICS[r.clinic].gp];
    const receiving = orgs.municipality(receivingCode);

    // Timeline: sent on a weekday morning, received the next weekday, decided three weekdays later,
    // started ten days after the decision, ended after the course (or three weeks for a drop-out).
    const path = r.status === "CANCELLED" && r.cancelledAfterReceipt ? ["SENT", "RECEIVED", "CANCELLED"] as ReferralStatus[] : PATHS[r.status];
    let sentAt = addHours(previousWeekday(addDays(today, -r.sentDaysAgo)), 8 + (r.n % 5) * 0.25);
    const times: Partial<Record<ReferralStatus, Date>> = {};
    const plan = (from: Date) => {
      times.SENT = from;
      times.RECEIVED = addHours(addWeekdays(from, 1), 1.5);
      times.ACCEPTED = times.REJECTED = addHours(addWeekdays(times.RECEIVED, 3), 2);
      times.IN_PROGRESS = onWeekday(addDays(times.ACCEPTED, 10));
      const courseDays = r.status === "DROPPED_OUT" ? 21 : 7 * (finalOffer?.durationWeeks ?? 4);
      const courseEnd = onWeekday(addDays(times.IN_PROGRESS, courseDays));
      times.COMPLETED = times.DROPPED_OUT = addHours(addWeekdays(courseEnd, 2), 1);
      times.CANCELLED = addHours(path.includes("RECEIVED") ? addWeekdays(times.RECEIVED, 2) : from, path.includes("RECEIVED") ? 3 : 26);
    };
    plan(sentAt);
    // Everything happened before today (so the data depends on the day only, not the hour):
    // move the referral back a weekday at a time until its last step lies in the past.
    while (times[path[path.length - 1]]! >= today) {
      sentAt = previousWeekday(addDays(sentAt, -1));
      plan(sentAt);
    }
    const at = (status: ReferralStatus) => (path.includes(status) ? times[status]! : null);
    const receivedAt = at("RECEIVED");
    const decidedAt = at("ACCEPTED") ?? at("REJECTED");
    const startedAt = at("IN_PROGRESS");
    const closedAt = at("COMPLETED") ?? at("DROPPED_OUT") ?? at("CANCELLED");
    // As the referral flow sets them: receipt from sending, decision from the receipt, closing status
    // from the expected end of the course (start + the offer's weeks) when it is started.
    const expectedEnd = startedAt && finalOffer?.durationWeeks != null ? addDays(startedAt, finalOffer.durationWeeks * 7) : null;

    const data = {
      kind: firstOffer ? ("OFFER" as const) : ("CLARIFYING_CONVERSATION" as const),
      referringOrganisationId: clinic.id,
      referringUserId: gp,
      citizenCpr,
      citizenName,
      residenceMunicipalityId: orgs.municipality(residence).id,
      receivingMunicipalityId: receiving.id,
      offerId: finalOffer?.id ?? null,
      reason: r.reason,
      riskFactors: r.riskFactors,
      diagnoses: r.diagnoses ?? [],
      relevantInformation: r.relevantInformation ?? null,
      specialNeeds: r.specialNeeds ?? null,
      consentBasis: r.consent,
      consentNotedAt: r.consent === "AUTHORISED_NO_OBJECTION" ? null : sentAt,
      status: r.status,
      sentAt,
      receivedAt,
      decidedAt,
      startedAt,
      closedAt,
      receiptDueAt: deadlineAfter(sentAt, rules.RECEIPT, calendar),
      decisionDueAt: receivedAt ? deadlineAfter(receivedAt, rules.DECISION, calendar) : null,
      closingDueAt: expectedEnd ? deadlineAfter(expectedEnd, rules.CLOSING_STATUS, calendar) : null,
      rejectionReason: r.rejectionReason ?? null,
      dropOutReason: r.dropOutReason ?? null,
      cancellationReason: r.cancellationReason ?? null,
      closingAttended: r.closing?.attended ?? null,
      closingGoal: r.closing?.goal ?? null,
      closingBenefit: r.closing?.benefit ?? null,
      closingFollowUpNeeded: r.closing?.followUp ?? null,
      closingFollowUpNote: r.closing?.followUpNote ?? null,
      createdAt: sentAt,
    };
    const reference = referralReference(r.n);
    const { id: referralId } = await tx.referral.upsert({
      where: { reference },
      create: { id: seedId("referral", reference), reference, ...data },
      update: data,
      select: { id: true },
    });

    const events: {
      type: ReferralEventType;
      from: ReferralStatus | null;
      to: ReferralStatus;
      at: Date;
      actor: string;
      org: string;
      note: string | null;
      fromOfferId?: string | null;
      toOfferId?: string | null;
    }[] = [];
    path.forEach((status, i) => {
      const byGp = status === "SENT" || status === "CANCELLED";
      const actor = byGp ? gp : users[status === "ACCEPTED" || status === "REJECTED" ? staff.coordinator : staff.caseworker];
      const note =
        status === "REJECTED" ? r.rejectionReason! : status === "DROPPED_OUT" ? r.dropOutReason! : status === "CANCELLED" ? r.cancellationReason! : null;
      events.push({ type: EVENT_TYPE[status], from: i === 0 ? null : path[i - 1], to: status, at: times[status]!, actor, org: byGp ? clinic.id : receiving.id, note });
      if (status === "ACCEPTED" && r.reassignTo && firstOffer && finalOffer) {
        events.push({
          type: "REASSIGNED",
          from: "ACCEPTED",
          to: "ACCEPTED",
          at: addHours(times.ACCEPTED!, 0.5),
          actor: users[staff.coordinator],
          org: receiving.id,
          note: `Borgeren har type 2-diabetes og tilbydes i stedet "${finalOffer.title}", som også dækker kostomlægning.`,
          fromOfferId: firstOffer.id,
          toOfferId: finalOffer.id,
        });
      }
    });
    for (const [i, e] of events.entries()) {
      const id = `${seedId("referral", reference)}-event-${i + 1}`;
      const event = {
        referralId,
        type: e.type,
        fromStatus: e.from,
        toStatus: e.to,
        actorUserId: e.actor,
        actorOrganisationId: e.org,
        note: e.note,
        fromOfferId: e.fromOfferId ?? null,
        toOfferId: e.toOfferId ?? null,
        occurredAt: e.at,
      };
      await tx.referralEvent.upsert({ where: { id }, create: { id, ...event }, update: event });
    }
    // Drop events left over from an earlier version of this demo referral's path.
    await tx.referralEvent.deleteMany({ where: { referralId, id: { startsWith: "seed-", notIn: events.map((_, i) => `${seedId("referral", reference)}-event-${i + 1}`) } } });
  }
}
