/**
 * Referrals against a real PostgreSQL: the lifecycle with events, audit rows, deadlines from the
 * agreement in force and notifications; privacy (scoping, access log); the reason rule; and the
 * race between two caseworkers deciding the same referral.
 */
import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createAdmin, createOrganisation, createUser } from "./support/factories";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { createReferral, previewReferral } from "@/lib/domain/referrals/create-referral";
import { receiveReferral } from "@/lib/domain/referrals/receive-referral";
import { acceptReferral } from "@/lib/domain/referrals/accept-referral";
import { rejectReferral } from "@/lib/domain/referrals/reject-referral";
import { reassignReferral } from "@/lib/domain/referrals/reassign-referral";
import { startReferral } from "@/lib/domain/referrals/start-referral";
import { completeReferral } from "@/lib/domain/referrals/complete-referral";
import { dropOutReferral } from "@/lib/domain/referrals/drop-out-referral";
import { cancelReferral } from "@/lib/domain/referrals/cancel-referral";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { listInbox } from "@/lib/domain/referrals/list-inbox";
import { listMyReferrals } from "@/lib/domain/referrals/list-my-referrals";
import { listReferralTargets } from "@/lib/domain/referrals/list-referral-targets";
import { referralStatistics } from "@/lib/domain/referrals/referral-statistics";
import { listAccessLog } from "@/lib/domain/referrals/list-access-log";
import { listNotifications } from "@/lib/domain/notifications/list-notifications";
import { markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";
import { addDays, addWorkingDays, danishDate, endOfDanishDay, startOfDanishDay } from "@/lib/calendar";

/** Region Sjælland with three municipalities, its agreement in force, offers, two clinics and staff. */
async function world() {
  const region = await createOrganisation("REGION", { name: "Region Sjælland", code: "1085" });
  const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune", code: "265", regionId: region.id });
  const lejre = await createOrganisation("MUNICIPALITY", { name: "Lejre Kommune", code: "350", regionId: region.id });
  const naestved = await createOrganisation("MUNICIPALITY", { name: "Næstved Kommune", code: "370", regionId: region.id });
  const clinic = await createOrganisation("GP_CLINIC", { name: "Lægerne i Roskilde", code: "C1", regionId: region.id });
  const otherClinic = await createOrganisation("GP_CLINIC", { name: "Lægehuset Slagelse", code: "C2", regionId: region.id });

  const agreement = await db.agreement.create({
    data: { regionId: region.id, title: "Sundhedsaftale 2024–2027", periodStart: new Date("2024-01-01"), periodEnd: new Date("2027-12-31"), generation: 4 },
  });
  const version = await db.agreementVersion.create({
    data: { agreementId: agreement.id, number: 1, label: "Oprindelig", status: "IN_FORCE", inForceFrom: new Date("2024-01-01") },
  });
  const section = await db.section.create({
    data: { versionId: version.id, lineageId: "s-2.1.1", kind: "SECTION", number: "2.1.1", title: "Henvisning til forebyggelse", position: 1 },
  });
  const obligation = (milestone: "RECEIPT" | "DECISION" | "CLOSING_STATUS", amount: number, action: string) => ({
    sectionId: section.id,
    lineageId: `o-${milestone}`,
    responsibleParty: "MUNICIPALITY" as const,
    action,
    trigger: "henvisning",
    deadlineAmount: amount,
    deadlineUnit: "WORKING_DAYS" as const,
    modality: "MUST" as const,
    referralMilestone: milestone,
  });
  await db.obligation.createMany({
    data: [obligation("RECEIPT", 3, "kvittering"), obligation("DECISION", 10, "afgørelse"), obligation("CLOSING_STATUS", 5, "slutstatus")],
  });

  const offer = (ownerId: string, title: string, extra: Record<string, unknown> = {}) =>
    db.offer.create({ data: { ownerId, title, summary: title, status: "PUBLISHED", capacity: "OPEN", durationWeeks: 6, ...extra } });
  const smoking = await offer(roskilde.id, "Rygestop på hold");
  const exercise = await offer(roskilde.id, "Motion på recept");
  const closed = await offer(roskilde.id, "Lukket tilbud", { capacity: "CLOSED" });
  const draft = await offer(roskilde.id, "Kladde", { status: "DRAFT" });
  const naestvedOffer = await offer(naestved.id, "KOL-rehabilitering");
  const lejreOffer = await offer(lejre.id, "Lejres eget tilbud");
  // Lejre citizens may use Roskilde's smoking-cessation course (a partner arrangement).
  await db.partnerArrangement.create({ data: { offerId: smoking.id, citizenMunicipalityId: lejre.id } });

  const gp = await createUser([{ organisationId: clinic.id, role: "CLINICIAN" }], { name: "Læge Roskilde" });
  const gpColleague = await createUser([{ organisationId: clinic.id, role: "CLINICIAN" }]);
  const gpOther = await createUser([{ organisationId: otherClinic.id, role: "CLINICIAN" }]);
  const caseworker = await createUser([{ organisationId: roskilde.id, role: "CASEWORKER" }], { name: "Sagsbehandler Roskilde" });
  const coordinator = await createUser([{ organisationId: roskilde.id, role: "COORDINATOR" }]);
  const reader = await createUser([{ organisationId: roskilde.id, role: "READER" }]);
  const naestvedStaff = await createUser([{ organisationId: naestved.id, role: "CASEWORKER" }]);
  const lejreStaff = await createUser([{ organisationId: lejre.id, role: "CASEWORKER" }]);

  return {
    region,
    roskilde,
    lejre,
    naestved,
    clinic,
    otherClinic,
    offers: { smoking, exercise, closed, draft, naestvedOffer, lejreOffer },
    users: { gp, gpColleague, gpOther, caseworker, coordinator, reader, naestvedStaff, lejreStaff },
    actors: {
      gp: await actorFor(gp.id),
      gpColleague: await actorFor(gpColleague.id),
      gpOther: await actorFor(gpOther.id),
      caseworker: await actorFor(caseworker.id),
      coordinator: await actorFor(coordinator.id),
      reader: await actorFor(reader.id),
      naestvedStaff: await actorFor(naestvedStaff.id),
      lejreStaff: await actorFor(lejreStaff.id),
    },
  };
}

type World = Awaited<ReturnType<typeof world>>;

const form = (w: World, overrides: Record<string, unknown> = {}) => ({
  cpr: "150384-4321",
  citizenName: "Karen Jensen",
  residenceMunicipalityId: w.roskilde.id,
  target: w.offers.smoking.id,
  reason: "Ryger 20 om dagen, ønsker at stoppe før operation.",
  riskFactors: ["SMOKING"],
  diagnoses: ["COPD"],
  relevantInformation: "KOL stadie B.",
  specialNeeds: "",
  consentBasis: "ORAL_CONSENT",
  consentNoted: "on",
  ...overrides,
});

const counts = async (referralId: string) => ({
  events: await db.referralEvent.count({ where: { referralId } }),
  audits: await db.auditEvent.count({ where: { entityType: "Referral", entityId: referralId } }),
  accessLogs: await db.referralAccessLog.count({ where: { referralId } }),
});

describe("sending a referral", () => {
  it("creates the referral with its receipt deadline, the SENT event, an audit row without the CPR, and notifies the municipality", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));
    expect(sent).toMatchObject({ status: "SENT", version: 1 });
    expect(sent.reference).toMatch(/^H-\d{4}-000001$/);

    const row = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({
      kind: "OFFER",
      citizenCpr: "1503844321",
      referringOrganisationId: w.clinic.id,
      referringUserId: w.users.gp.id,
      residenceMunicipalityId: w.roskilde.id,
      receivingMunicipalityId: w.roskilde.id,
      offerId: w.offers.smoking.id,
      riskFactors: ["SMOKING"],
      diagnoses: ["COPD"],
      consentBasis: "ORAL_CONSENT",
    });
    expect(row.consentNotedAt).not.toBeNull();
    // RECEIPT: 3 working days from the Danish day it was sent, to the end of that day.
    expect(row.receiptDueAt).toEqual(endOfDanishDay(addWorkingDays(danishDate(row.sentAt), 3)));

    const events = await db.referralEvent.findMany({ where: { referralId: sent.id } });
    expect(events).toMatchObject([{ type: "SENT", fromStatus: null, toStatus: "SENT", actorUserId: w.users.gp.id, actorOrganisationId: w.clinic.id }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Referral", entityId: sent.id } });
    expect(audit.action).toBe("referral.create");
    expect(JSON.stringify(audit.after)).not.toMatch(/1503844321|Karen|Ryger/);

    const notified = await db.notification.findMany({ where: { referralId: sent.id }, orderBy: { userId: "asc" } });
    expect(notified.map((n) => [n.userId, n.kind]).sort()).toEqual(
      [
        [w.users.caseworker.id, "REFERRAL_NEW"],
        [w.users.coordinator.id, "REFERRAL_NEW"],
      ].sort(),
    );
    expect(JSON.stringify(notified.map((n) => n.params))).not.toMatch(/1503844321|Karen/);

    const second = await createReferral(w.actors.gpColleague, form(w, { target: "CLARIFYING_CONVERSATION" }));
    expect(Number(second.reference.slice(7))).toBe(2);
  });

  it("sends a Lejre citizen's referral to Roskilde's offer through the partner arrangement, and a clarifying conversation to the residence municipality", async () => {
    const w = await world();
    const partner = await createReferral(w.actors.gp, form(w, { residenceMunicipalityId: w.lejre.id }));
    expect(await db.referral.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({ residenceMunicipalityId: w.lejre.id, receivingMunicipalityId: w.roskilde.id });
    const conversation = await createReferral(w.actors.gp, form(w, { residenceMunicipalityId: w.naestved.id, target: "CLARIFYING_CONVERSATION" }));
    expect(await db.referral.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({ kind: "CLARIFYING_CONVERSATION", offerId: null, receivingMunicipalityId: w.naestved.id });
  });

  it.each([
    ["a closed offer", (w: World) => ({ target: w.offers.closed.id }), { target: ["referrals.reason.offerClosed"] }],
    ["a draft offer", (w: World) => ({ target: w.offers.draft.id }), { target: ["referrals.reason.offerNotPublished"] }],
    ["an unknown offer", () => ({ target: "nope" }), { target: ["referrals.reason.offerNotPublished"] }],
    ["another municipality's offer without an arrangement", (w: World) => ({ target: w.offers.naestvedOffer.id }), { target: ["referrals.reason.offerNotForResidence"] }],
    ["an invalid CPR date", () => ({ cpr: "310490-1234" }), { cpr: ["validation.cpr.date"] }],
    ["a malformed CPR", () => ({ cpr: "31049-1234" }), { cpr: ["validation.cpr.format"] }],
    ["oral consent not noted", () => ({ consentNoted: "" }), { consentNoted: ["validation.consentNoted"] }],
    ["an invalid CPR and consent not noted, both at once", () => ({ cpr: "320190-1234", consentNoted: "" }), { cpr: ["validation.cpr.date"], consentNoted: ["validation.consentNoted"] }],
    ["no reason", () => ({ reason: "  " }), { reason: ["validation.required"] }],
    ["a residence that is not a municipality", (w: World) => ({ residenceMunicipalityId: w.region.id }), { residenceMunicipalityId: ["validation.choose"] }],
  ])("refuses %s with a field error, and writes nothing", async (_name, overrides, fieldErrors) => {
    const w = await world();
    const attempt = createReferral(w.actors.gp, form(w, overrides(w)));
    await expect(attempt).rejects.toBeInstanceOf(InvalidError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors });
    expect(await db.referral.count()).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });

  it("needs no noted consent towards authorised health professionals (no objection)", async () => {
    const w = await world();
    await expect(createReferral(w.actors.gp, form(w, { consentBasis: "AUTHORISED_NO_OBJECTION", consentNoted: "" }))).resolves.toMatchObject({ status: "SENT" });
  });

  it("lets only clinicians of a clinic or hospital refer", async () => {
    const w = await world();
    await expect(createReferral(w.actors.caseworker, form(w))).rejects.toMatchObject({ kind: "forbidden", messageKey: "referrals.reason.notClinician" });
    await expect(createReferral(null, form(w))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.referral.count()).toBe(0);
  });

  it("previews exactly what would be sent, and writes nothing", async () => {
    const w = await world();
    const preview = await previewReferral(w.actors.gp, form(w, { residenceMunicipalityId: w.lejre.id }));
    expect(preview).toMatchObject({
      citizenCpr: "150384-4321",
      residenceMunicipalityName: "Lejre Kommune",
      receivingMunicipalityName: "Roskilde Kommune",
      offerTitle: "Rygestop på hold",
      consentNoted: true,
    });
    expect(preview.receiptDueAt).toBeInstanceOf(Date);
    await expect(previewReferral(w.actors.gp, form(w, { target: w.offers.closed.id }))).rejects.toMatchObject({ fieldErrors: { target: ["referrals.reason.offerClosed"] } });
    expect(await db.referral.count()).toBe(0);
  });

  it("lists the offers a citizen can be referred to: the residence municipality's and its partner arrangements', open ones only", async () => {
    const w = await world();
    const forLejre = await listReferralTargets(w.actors.gp, { residenceMunicipalityId: w.lejre.id });
    expect(forLejre.offers.map((o) => o.title)).toEqual(["Lejres eget tilbud", "Rygestop på hold"]);
    expect(forLejre.offers.find((o) => o.title === "Rygestop på hold")).toMatchObject({ ownerName: "Roskilde Kommune", viaPartner: true });
    const forRoskilde = await listReferralTargets(w.actors.gp, { residenceMunicipalityId: w.roskilde.id });
    expect(forRoskilde.offers.map((o) => o.title)).toEqual(["Motion på recept", "Rygestop på hold"]);
    // From an offer page (?tilbud=): the owner is the default residence municipality.
    const fromOffer = await listReferralTargets(w.actors.gp, { offerId: w.offers.exercise.id });
    expect(fromOffer.residenceMunicipalityId).toBe(w.roskilde.id);
    expect(fromOffer.municipalities.map((m) => m.name)).toEqual(["Lejre Kommune", "Næstved Kommune", "Roskilde Kommune"]);
  });
});

describe("the lifecycle", () => {
  it("runs sent → received → accepted → in progress → completed, each step an event and an audit row, the GP notified of each municipal step", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));
    const received = await receiveReferral(w.actors.caseworker, { referralId: sent.id, version: 1, note: "Modtaget" });
    expect(received).toMatchObject({ status: "RECEIVED", version: 2 });
    const afterReceipt = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(afterReceipt.decisionDueAt).toEqual(endOfDanishDay(addWorkingDays(danishDate(afterReceipt.receivedAt!), 10)));

    await acceptReferral(w.actors.coordinator, { referralId: sent.id, version: 2 });
    await startReferral(w.actors.caseworker, { referralId: sent.id, version: 3 });
    const started = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    // CLOSING_STATUS: 5 working days after the expected end (start + 6 weeks).
    const expectedEnd = new Date(`${danishDate(started.startedAt!)}T12:00:00Z`);
    expectedEnd.setUTCDate(expectedEnd.getUTCDate() + 42);
    expect(started.closingDueAt).toEqual(endOfDanishDay(addWorkingDays(expectedEnd.toISOString().slice(0, 10), 5)));

    const done = await completeReferral(w.actors.caseworker, {
      referralId: sent.id,
      version: 4,
      attended: "ja",
      goal: "Røgfri i 4 uger",
      benefit: "Røgfri, bedre kondition",
      followUpNeeded: "ja",
      followUpNote: "Kontrol af lungefunktion om 3 måneder",
    });
    expect(done).toMatchObject({ status: "COMPLETED", version: 5 });

    const row = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({ closingAttended: true, closingGoal: "Røgfri i 4 uger", closingFollowUpNeeded: true, closingFollowUpNote: "Kontrol af lungefunktion om 3 måneder" });
    expect(row.closedAt).not.toBeNull();

    const events = await db.referralEvent.findMany({ where: { referralId: sent.id }, orderBy: { occurredAt: "asc" } });
    expect(events.map((e) => [e.type, e.fromStatus, e.toStatus, e.actorOrganisationId])).toEqual([
      ["SENT", null, "SENT", w.clinic.id],
      ["RECEIVED", "SENT", "RECEIVED", w.roskilde.id],
      ["ACCEPTED", "RECEIVED", "ACCEPTED", w.roskilde.id],
      ["STARTED", "ACCEPTED", "IN_PROGRESS", w.roskilde.id],
      ["COMPLETED", "IN_PROGRESS", "COMPLETED", w.roskilde.id],
    ]);
    expect(events[1].note).toBe("Modtaget");
    const audits = await db.auditEvent.findMany({ where: { entityType: "Referral", entityId: sent.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["referral.create", "referral.receive", "referral.accept", "referral.start", "referral.complete"]);

    const gpNotifications = await listNotifications(w.actors.gp, {});
    expect(gpNotifications.items.map((n) => n.kind)).toEqual(["REFERRAL_COMPLETED", "REFERRAL_ACCEPTED", "REFERRAL_RECEIVED"]);
    const unread = async () => (await listNotifications(w.actors.gp, {})).items.filter((n) => n.readAt === null).map((n) => n.kind);
    expect(await unread()).toEqual(["REFERRAL_COMPLETED", "REFERRAL_ACCEPTED", "REFERRAL_RECEIVED"]);
    await markNotificationRead(w.actors.gp, { notificationId: gpNotifications.items[0].id });
    expect(await unread()).toEqual(["REFERRAL_ACCEPTED", "REFERRAL_RECEIVED"]);
    // Someone else's notification is not found.
    await expect(markNotificationRead(w.actors.caseworker, { notificationId: gpNotifications.items[1].id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses impossible transitions with a clear reason, and changes nothing", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));
    const before = await counts(sent.id);
    await expect(acceptReferral(w.actors.caseworker, { referralId: sent.id, version: 1 })).rejects.toMatchObject({
      kind: "conflict",
      messageKey: "referrals.reason.impossible.accept",
      params: { status: "SENT" },
    });
    await expect(completeReferral(w.actors.caseworker, { referralId: sent.id, version: 1, attended: "ja", goal: "x", benefit: "y", followUpNeeded: "nej" })).rejects.toMatchObject({
      messageKey: "referrals.reason.impossible.complete",
    });
    expect(await db.referral.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "SENT", version: 1 });
    expect(await counts(sent.id)).toEqual(before);
  });

  it("rejects with a reason the GP sees on the referral; reject without a reason is refused", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));
    await receiveReferral(w.actors.caseworker, { referralId: sent.id, version: 1 });
    const before = await counts(sent.id);

    for (const reason of [undefined, "", "   "]) {
      const attempt = rejectReferral(w.actors.caseworker, { referralId: sent.id, version: 2, reason });
      await expect(attempt).rejects.toBeInstanceOf(InvalidError);
      await expect(attempt).rejects.toMatchObject({ fieldErrors: { reason: ["validation.required"] } });
    }
    // A NUL byte (PostgreSQL cannot store it: a 500 before the text primitive) or another control character.
    for (const reason of ["Fyldt\u0000hold", "Fyldt\u001Bhold"]) {
      const attempt = rejectReferral(w.actors.caseworker, { referralId: sent.id, version: 2, reason });
      await expect(attempt).rejects.toMatchObject({ kind: "invalid", fieldErrors: { reason: ["validation.controlCharacters"] } });
    }
    expect(await db.referral.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "RECEIVED", version: 2, rejectionReason: null });
    expect(await counts(sent.id)).toEqual(before);

    await rejectReferral(w.actors.caseworker, { referralId: sent.id, version: 2, reason: "Borgeren er i forvejen i et forløb." });
    const seen = await getReferral(w.actors.gp, { referralId: sent.id });
    expect(seen).toMatchObject({ status: "REJECTED", rejectionReason: "Borgeren er i forvejen i et forløb." });
    expect(seen.events.at(-1)).toMatchObject({ type: "REJECTED", note: "Borgeren er i forvejen i et forløb.", actorOrganisationName: "Roskilde Kommune" });
    expect((await listNotifications(w.actors.gp, {})).items[0].kind).toBe("REFERRAL_REJECTED");
  });

  it("reassigns a clarifying conversation to an offer, keeping the history and notifying the GP", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w, { target: "CLARIFYING_CONVERSATION" }));
    await receiveReferral(w.actors.caseworker, { referralId: sent.id, version: 1 });
    await expect(reassignReferral(w.actors.caseworker, { referralId: sent.id, version: 2, offerId: w.offers.closed.id })).rejects.toMatchObject({
      fieldErrors: { offerId: ["referrals.reason.offerClosed"] },
    });
    await reassignReferral(w.actors.caseworker, { referralId: sent.id, version: 2, offerId: w.offers.exercise.id, note: "Efter afklarende samtale" });
    const row = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({ status: "ACCEPTED", offerId: w.offers.exercise.id, receivingMunicipalityId: w.roskilde.id, kind: "CLARIFYING_CONVERSATION" });
    const event = await db.referralEvent.findFirstOrThrow({ where: { referralId: sent.id, type: "REASSIGNED" } });
    expect(event).toMatchObject({ fromOfferId: null, toOfferId: w.offers.exercise.id, fromStatus: "RECEIVED", toStatus: "ACCEPTED", note: "Efter afklarende samtale" });
    expect((await listNotifications(w.actors.gp, {})).items[0]).toMatchObject({ kind: "REFERRAL_REASSIGNED" });
  });

  it("reassigns a Lejre citizen's referral from Lejre to Roskilde's partner offer: Roskilde receives it, Lejre keeps read access only", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w, { residenceMunicipalityId: w.lejre.id, target: w.offers.lejreOffer.id }));
    await receiveReferral(w.actors.lejreStaff, { referralId: sent.id, version: 1 });
    await rejectReferral(w.actors.lejreStaff, { referralId: sent.id, version: 2, reason: "Holdet er fyldt" });
    await reassignReferral(w.actors.lejreStaff, { referralId: sent.id, version: 3, offerId: w.offers.smoking.id });

    const row = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({ status: "ACCEPTED", receivingMunicipalityId: w.roskilde.id, offerId: w.offers.smoking.id, rejectionReason: null });
    // Roskilde's staff are told of the new referral; they process it now.
    expect(await db.notification.count({ where: { referralId: sent.id, userId: w.users.caseworker.id, kind: "REFERRAL_NEW" } })).toBe(1);
    await expect(startReferral(w.actors.caseworker, { referralId: sent.id, version: 4 })).resolves.toMatchObject({ status: "IN_PROGRESS" });
    // Lejre still sees it, but may no longer process it.
    await expect(getReferral(w.actors.lejreStaff, { referralId: sent.id })).resolves.toMatchObject({ relation: "previousReceiver", transitions: [] });
    await expect(dropOutReferral(w.actors.lejreStaff, { referralId: sent.id, version: 5, reason: "x" })).rejects.toMatchObject({ messageKey: "referrals.reason.notReceiverStaff" });
    // Næstved never had anything to do with it.
    await expect(getReferral(w.actors.naestvedStaff, { referralId: sent.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("drops out with a reason; cancels only by the referring organisation, with a reason, before the end", async () => {
    const w = await world();
    const a = await createReferral(w.actors.gp, form(w));
    await receiveReferral(w.actors.caseworker, { referralId: a.id, version: 1 });
    await acceptReferral(w.actors.caseworker, { referralId: a.id, version: 2 });
    await expect(dropOutReferral(w.actors.caseworker, { referralId: a.id, version: 3, reason: "" })).rejects.toBeInstanceOf(InvalidError);
    await dropOutReferral(w.actors.caseworker, { referralId: a.id, version: 3, reason: "Mødte ikke op" });
    expect(await db.referral.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "DROPPED_OUT", dropOutReason: "Mødte ikke op" });
    await expect(cancelReferral(w.actors.gp, { referralId: a.id, version: 4, reason: "For sent" })).rejects.toMatchObject({ messageKey: "referrals.reason.impossible.cancel" });

    const b = await createReferral(w.actors.gp, form(w));
    await expect(cancelReferral(w.actors.caseworker, { referralId: b.id, version: 1, reason: "x" })).rejects.toMatchObject({ kind: "forbidden", messageKey: "referrals.reason.notReferrer" });
    await expect(cancelReferral(w.actors.gpOther, { referralId: b.id, version: 1, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    // A colleague in the same clinic may cancel (the referring organisation cancels).
    await cancelReferral(w.actors.gpColleague, { referralId: b.id, version: 1, reason: "Borgeren er flyttet" });
    expect(await db.referral.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "CANCELLED", cancellationReason: "Borgeren er flyttet" });
    expect(await db.notification.count({ where: { referralId: b.id, kind: "REFERRAL_CANCELLED" } })).toBe(2); // caseworker + coordinator
  });
});

describe("real dates (issue 16): a step takes the day it happened", () => {
  const daysAgo = (n: number) => addDays(danishDate(new Date()), -n);
  const dayOf = (d: Date | null) => (d ? danishDate(d) : null);

  it("receipt and start stated on earlier days: deadlines count from them; the event has the stated day, the audit row both", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));
    // Sent five days ago (a test cannot wait): the previous step the stated days are checked against.
    await db.referral.update({ where: { id: sent.id }, data: { sentAt: new Date(Date.now() - 5 * 86_400_000) } });

    const received = await receiveReferral(w.actors.caseworker, { referralId: sent.id, version: 1, happenedOn: daysAgo(4) });
    let row = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(dayOf(row.receivedAt)).toBe(daysAgo(4));
    expect(row.decisionDueAt).toEqual(endOfDanishDay(addWorkingDays(daysAgo(4), 10)));
    const event = await db.referralEvent.findFirstOrThrow({ where: { referralId: sent.id, type: "RECEIVED" } });
    expect(dayOf(event.occurredAt)).toBe(daysAgo(4));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: sent.id, action: "referral.receive" } });
    expect(audit.after).toMatchObject({ happenedOn: daysAgo(4) });
    expect(Math.abs(new Date((audit.after as { recordedAt: string }).recordedAt).getTime() - Date.now())).toBeLessThan(60_000);
    expect(Math.abs(audit.occurredAt.getTime() - Date.now())).toBeLessThan(60_000); // the row itself: when it was recorded

    const accepted = await acceptReferral(w.actors.caseworker, { referralId: sent.id, version: received.version });
    await db.referral.update({ where: { id: sent.id }, data: { decidedAt: new Date(startOfDanishDay(daysAgo(3)).getTime() + 3_600_000) } });

    // Not in the future; not before the previous step (the acceptance three days ago).
    for (const [day, reason] of [
      [daysAgo(-1), "validation.referrals.happenedOnFuture"],
      [daysAgo(4), "validation.referrals.happenedOnBeforePrevious"],
      ["31.02.2026", "validation.date"],
    ] as const) {
      const error = await startReferral(w.actors.caseworker, { referralId: sent.id, version: accepted.version, happenedOn: day }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidError);
      expect((error as InvalidError).fieldErrors).toEqual({ happenedOn: [reason] });
    }
    expect((await db.referral.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("ACCEPTED");

    // Started three days ago: the closing deadline counts from the end of the 6-week course begun then
    // (three days in a row hold a working day, outside holiday weeks, so this differs from counting from today).
    const started = await startReferral(w.actors.caseworker, { referralId: sent.id, version: accepted.version, happenedOn: daysAgo(3) });
    row = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(dayOf(row.startedAt)).toBe(daysAgo(3));
    expect(row.startedAt!.getTime()).toBeGreaterThan(row.decidedAt!.getTime()); // after the acceptance that same day
    expect(row.closingDueAt).toEqual(endOfDanishDay(addWorkingDays(addDays(daysAgo(3), 42), 5)));

    // Completed without a stated day: today, as recorded.
    await completeReferral(w.actors.caseworker, { referralId: sent.id, version: started.version, attended: "ja", goal: "Røgfri", benefit: "Røgfri", followUpNeeded: "nej" });
    row = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(Math.abs(row.closedAt!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("a drop-out stated today, after a start earlier today, keeps the timeline's order", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));
    const received = await receiveReferral(w.actors.caseworker, { referralId: sent.id, version: 1 });
    const accepted = await acceptReferral(w.actors.caseworker, { referralId: sent.id, version: received.version });
    const started = await startReferral(w.actors.caseworker, { referralId: sent.id, version: accepted.version, happenedOn: daysAgo(0) });
    await dropOutReferral(w.actors.caseworker, { referralId: sent.id, version: started.version, reason: "Mødte ikke op", happenedOn: daysAgo(0) });
    const row = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.status).toBe("DROPPED_OUT");
    expect(row.closedAt!.getTime()).toBeGreaterThanOrEqual(row.startedAt!.getTime());
  });
});

describe("privacy", () => {
  it("a municipality that is not the receiver cannot receipt: not found, row unchanged, no event, no audit", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));
    const before = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    const beforeCounts = await counts(sent.id);

    await expect(receiveReferral(w.actors.naestvedStaff, { referralId: sent.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);

    expect(await db.referral.findUniqueOrThrow({ where: { id: sent.id } })).toEqual(before);
    expect(await counts(sent.id)).toEqual(beforeCounts);
    expect(beforeCounts).toEqual({ events: 1, audits: 1, accessLogs: 0 });
  });

  it("a GP of another clinic gets not found and no access-log row is written; a party's view is logged before it is returned", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));

    await expect(getReferral(w.actors.gpOther, { referralId: sent.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReferral(w.actors.reader, { referralId: sent.id })).rejects.toBeInstanceOf(NotFoundError); // a municipal reader is no party
    const { actor: admin } = await createAdmin();
    await expect(getReferral(admin, { referralId: sent.id })).rejects.toBeInstanceOf(NotFoundError); // nor the administrator
    expect(await db.referralAccessLog.count()).toBe(0);

    const seen = await getReferral(w.actors.gp, { referralId: sent.id });
    expect(seen.citizenCpr).toBe("150384-4321");
    await getReferral(w.actors.caseworker, { referralId: sent.id });
    const logs = await db.referralAccessLog.findMany({ orderBy: { accessedAt: "asc" } });
    expect(logs.map((l) => [l.userId, l.organisationId, l.purpose])).toEqual([
      [w.users.gp.id, w.clinic.id, "view"],
      [w.users.caseworker.id, w.roskilde.id, "view"],
    ]);

    // The administrator reads the access log (no citizen data in it); nobody else does.
    const page = await listAccessLog(admin, {});
    expect(page.items.map((i) => [i.userEmail, i.organisationName, i.reference])).toEqual([
      [w.users.caseworker.email, "Roskilde Kommune", sent.reference],
      [w.users.gp.email, "Lægerne i Roskilde", sent.reference],
    ]);
    expect(JSON.stringify(page)).not.toMatch(/1503844321|150384|Karen/);
    await expect(listAccessLog(w.actors.caseworker, {})).rejects.toBeInstanceOf(ForbiddenError);
    // Append-only: the database itself refuses to change the log.
    await expect(db.referralAccessLog.deleteMany({})).rejects.toThrow();
  });

  it("lists show the masked CPR only and stay within the actor's organisation", async () => {
    const w = await world();
    await createReferral(w.actors.gp, form(w));
    await createReferral(w.actors.gpOther, form(w, { cpr: "010203-4000", citizenName: "Anden Borger", residenceMunicipalityId: w.naestved.id, target: "CLARIFYING_CONVERSATION" }));

    const inbox = await listInbox(w.actors.caseworker, { view: "new" });
    expect(inbox.items.map((i) => [i.citizenName, i.maskedCpr])).toEqual([["Karen Jensen", "150384-xxxx"]]);
    expect(JSON.stringify(inbox)).not.toMatch(/4321/);
    const mine = await listMyReferrals(w.actors.gp, {});
    expect(mine.items.map((i) => i.maskedCpr)).toEqual(["150384-xxxx"]);
    expect(JSON.stringify(mine)).not.toMatch(/4321/);
    expect((await listMyReferrals(w.actors.gpColleague, {})).items).toHaveLength(0);
    expect((await listMyReferrals(w.actors.gpColleague, { scope: "clinic" })).items).toHaveLength(1);
    await expect(listInbox(w.actors.gp, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMyReferrals(w.actors.caseworker, {})).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.referralAccessLog.count()).toBe(0);
  });
});

describe("concurrency", () => {
  it("two caseworkers deciding the same referral at the same moment: exactly one transition, the other a conflict", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));
    await receiveReferral(w.actors.caseworker, { referralId: sent.id, version: 1 });
    const before = await counts(sent.id);

    const results = await Promise.allSettled([
      acceptReferral(w.actors.caseworker, { referralId: sent.id, version: 2 }),
      rejectReferral(w.actors.coordinator, { referralId: sent.id, version: 2, reason: "Ikke i målgruppen" }),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);

    const row = await db.referral.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.version).toBe(3);
    expect(["ACCEPTED", "REJECTED"]).toContain(row.status);
    expect(await counts(sent.id)).toEqual({ ...before, events: before.events + 1, audits: before.audits + 1 });
    // The GP hears of exactly one decision.
    expect(await db.notification.count({ where: { referralId: sent.id, kind: { in: ["REFERRAL_ACCEPTED", "REFERRAL_REJECTED"] } } })).toBe(1);
  });

  it("12 GPs sending at once get consecutive references", async () => {
    const w = await world();
    const sent = await Promise.all(Array.from({ length: 12 }, (_, i) => createReferral(i % 2 ? w.actors.gp : w.actors.gpColleague, form(w, { citizenName: `Borger ${i}` }))));
    const numbers = sent.map((r) => Number(r.reference.slice(7))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => numbers[0] + i));
  });

  it("creations run side by side: a creation held up inside its transaction does not hold up the next GP's (issue 13's load: an advisory lock held to commit made sends take turns)", async () => {
    const w = await world();
    // Another session locks the first GP's user row: their referral's insert (its foreign key to the
    // user) waits inside its transaction until we let go.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${w.users.gp.id} FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 60_000 },
    );
    await isLocked;
    const heldUp = createReferral(w.actors.gp, form(w, { citizenName: "Borger A" }));
    let heldUpSettled = false;
    void heldUp.finally(() => (heldUpSettled = true)).catch(() => undefined);
    const outcome = (promise: Promise<unknown>) => promise.then(() => "done" as const);
    // Give the held-up creation time to draw its number and reach the lock.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const next = await Promise.race([
      outcome(createReferral(w.actors.gpColleague, form(w, { citizenName: "Borger B" }))),
      new Promise<"waiting">((resolve) => setTimeout(() => resolve("waiting"), 15_000)),
    ]);
    const stillHeld = heldUpSettled ? "done" : "waiting";
    release();
    await holder;
    const first = await heldUp;
    expect(next).toBe("done");
    expect(stillHeld).toBe("waiting");
    expect(first.reference).toMatch(/^H-\d{4}-\d{6}$/);
  });

  it("a stale form (an older version) is a conflict", async () => {
    const w = await world();
    const sent = await createReferral(w.actors.gp, form(w));
    await receiveReferral(w.actors.caseworker, { referralId: sent.id, version: 1 });
    await expect(acceptReferral(w.actors.coordinator, { referralId: sent.id, version: 1 })).rejects.toMatchObject({ kind: "conflict", messageKey: "referrals.conflict.changed" });
  });
});

describe("worklists and deadlines", () => {
  it("marks overdue referrals in the inbox and counts the views", async () => {
    const w = await world();
    const a = await createReferral(w.actors.gp, form(w));
    const b = await createReferral(w.actors.gp, form(w, { target: w.offers.exercise.id }));
    // a was sent long ago: its receipt deadline has passed.
    await db.referral.update({ where: { id: a.id }, data: { sentAt: new Date("2026-01-05T09:00:00Z"), receiptDueAt: new Date("2026-01-08T22:59:59.999Z") } });

    const overdue = await listInbox(w.actors.caseworker, { view: "overdue" });
    expect(overdue.items.map((i) => i.id)).toEqual([a.id]);
    expect(overdue.items[0].nextDeadline).toMatchObject({ milestone: "RECEIPT", overdue: true });
    expect(overdue.counts).toMatchObject({ new: 2, overdue: 1, received: 0, inProgress: 0 });

    const byOffer = await listInbox(w.actors.caseworker, { view: "all", offerId: w.offers.exercise.id });
    expect(byOffer.items.map((i) => i.id)).toEqual([b.id]);
    expect(byOffer.offers.map((o) => [o.title, o.count])).toEqual([
      ["Motion på recept", 1],
      ["Rygestop på hold", 1],
    ]);
    const mine = await listMyReferrals(w.actors.gp, { state: "open" });
    expect(mine.items.find((i) => i.id === a.id)?.nextDeadline?.overdue).toBe(true);
  });

  it("pages by keyset without gaps or repeats", async () => {
    const w = await world();
    const base = Date.parse("2026-03-02T08:00:00Z");
    const rows = Array.from({ length: 120 }, (_, i) => ({
      reference: `H-2026-9${String(i).padStart(5, "0")}`,
      kind: "OFFER" as const,
      referringOrganisationId: w.clinic.id,
      referringUserId: w.users.gp.id,
      citizenCpr: "0101901234",
      citizenName: `Borger ${i}`,
      residenceMunicipalityId: w.roskilde.id,
      receivingMunicipalityId: w.roskilde.id,
      offerId: w.offers.smoking.id,
      reason: "x",
      consentBasis: "ORAL_CONSENT" as const,
      // Pairs share a timestamp, so the id must break ties; statuses vary so "all" merges several branches.
      sentAt: new Date(base + Math.floor(i / 2) * 60_000),
      status: i < 100 ? ("SENT" as const) : i % 2 ? ("COMPLETED" as const) : ("REJECTED" as const),
    }));
    await db.referral.createMany({ data: rows });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listInbox(w.actors.caseworker, { view: "new", after });
      seen.push(...page.items.map((i) => i.citizenName));
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toHaveLength(100);
    expect(new Set(seen).size).toBe(100);

    // "All": newest first across the per-status branches, in strict (sentAt, id) order.
    const all: { sentAt: Date; id: string }[] = [];
    after = undefined;
    do {
      const page = await listInbox(w.actors.caseworker, { view: "all", after });
      all.push(...page.items);
      after = page.next ?? undefined;
    } while (after);
    expect(all).toHaveLength(120);
    expect(new Set(all.map((i) => i.id)).size).toBe(120);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      expect(a.sentAt > b.sentAt || (a.sentAt.getTime() === b.sentAt.getTime() && a.id > b.id), `row ${i}`).toBe(true);
    }

    const gpSeen: string[] = [];
    after = undefined;
    do {
      const page = await listMyReferrals(w.actors.gp, { after });
      gpSeen.push(...page.items.map((i) => i.id));
      after = page.next ?? undefined;
    } while (after);
    expect(new Set(gpSeen).size).toBe(120);
  });
});

describe("committee statistics", () => {
  it("aggregates per municipality and month without personal data, suppressing small counts", async () => {
    const w = await world();
    // Seven referrals to Roskilde in March 2026: all received 2 working days after sending, 5 accepted, 2 rejected.
    const sentAt = new Date("2026-03-02T09:00:00Z"); // Monday
    const receivedAt = new Date("2026-03-04T09:00:00Z"); // Wednesday: 2 working days
    const decidedAt = new Date("2026-03-11T09:00:00Z"); // Wednesday after: 5 working days after receipt
    const data = Array.from({ length: 7 }, (_, i) => ({
      reference: `H-2026-8${String(i).padStart(5, "0")}`,
      kind: "OFFER" as const,
      referringOrganisationId: w.clinic.id,
      referringUserId: w.users.gp.id,
      citizenCpr: "0101901234",
      citizenName: `Borger ${i}`,
      residenceMunicipalityId: w.roskilde.id,
      receivingMunicipalityId: w.roskilde.id,
      offerId: w.offers.smoking.id,
      reason: "x",
      consentBasis: "ORAL_CONSENT" as const,
      status: i < 2 ? ("REJECTED" as const) : i < 4 ? ("COMPLETED" as const) : ("IN_PROGRESS" as const),
      sentAt,
      receivedAt,
      decidedAt,
      startedAt: i < 2 ? null : decidedAt,
      closedAt: i >= 2 && i < 4 ? new Date("2026-04-20T09:00:00Z") : null,
      receiptDueAt: new Date("2026-03-05T22:59:59.999Z"),
      decisionDueAt: new Date("2026-03-18T22:59:59.999Z"),
      // two in progress are past their closing deadline
      closingDueAt: i >= 2 && i < 4 ? new Date("2026-04-30T21:59:59.999Z") : i >= 5 ? new Date("2026-04-01T21:59:59.999Z") : i === 4 ? new Date("2099-01-01T00:00:00Z") : null,
    }));
    await db.referral.createMany({ data });
    // Two referrals to Næstved in March: below the suppression threshold.
    await db.referral.createMany({
      data: data.slice(0, 2).map((r, i) => ({ ...r, reference: `H-2026-7${i}`, receivingMunicipalityId: w.naestved.id, residenceMunicipalityId: w.naestved.id, offerId: null })),
    });

    const stats = await referralStatistics(w.actors.reader, { year: 2026 });
    expect(stats.region).toMatchObject({ id: w.region.id, name: "Region Sjælland" });
    const roskildeMarch = stats.rows.find((r) => r.municipalityName === "Roskilde Kommune" && r.month === 3)!;
    expect(roskildeMarch).toMatchObject({
      referrals: 7,
      suppressed: false,
      acceptanceRate: 5 / 7,
      medianWorkingDaysToReceipt: 2,
      medianWorkingDaysToDecision: 5,
      overdueShare: 2 / 7,
      closingStatusReturnRate: 2 / 5,
    });
    const naestvedMarch = stats.rows.find((r) => r.municipalityName === "Næstved Kommune" && r.month === 3)!;
    expect(naestvedMarch).toMatchObject({ referrals: null, suppressed: true, acceptanceRate: null, medianWorkingDaysToReceipt: null });
    expect(JSON.stringify(stats)).not.toMatch(/Borger|0101901234|010190/);
    // GPs without a forum seat see no statistics.
    await expect(referralStatistics(w.actors.gp, { year: 2026 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
