/**
 * A small world for the scheduled jobs: Region Sjælland, Roskilde with a caseworker and a coordinator,
 * a GP clinic with its clinician, and referrals written straight to the table with the dates a test
 * needs (the jobs read dates, not how the referral got there).
 */
import { db } from "./db";
import { createOrganisation, createUser } from "./factories";
import type { Locale, ReferralStatus } from "@/lib/generated/prisma/enums";

let n = 0;

export const CITIZEN = { cpr: "0101701234", name: "Karen Testesen" };

export async function jobsWorld(options: { staffLocale?: Locale; gpLocale?: Locale } = {}) {
  const region = await createOrganisation("REGION", { name: "Region Sjælland", code: "1085" });
  const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune", code: "265", regionId: region.id });
  const clinic = await createOrganisation("GP_CLINIC", { name: "Lægerne i Roskilde", code: "C1", regionId: region.id });
  const caseworker = await createUser([{ organisationId: roskilde.id, role: "CASEWORKER" }], { email: "sagsbehandler@roskilde.dk", name: "Sara Sagsbehandler" });
  const coordinator = await createUser([{ organisationId: roskilde.id, role: "COORDINATOR" }], { email: "koordinator@roskilde.dk", name: "Kim Koordinator" });
  const gp = await createUser([{ organisationId: clinic.id, role: "CLINICIAN" }], { email: "laege@klinik.dk", name: "Lone Læge" });
  if (options.staffLocale) await db.user.updateMany({ where: { id: { in: [caseworker.id, coordinator.id] } }, data: { locale: options.staffLocale } });
  if (options.gpLocale) await db.user.update({ where: { id: gp.id }, data: { locale: options.gpLocale } });

  async function referral(fields: { status?: ReferralStatus; sentAt?: Date; receiptDueAt?: Date | null; decisionDueAt?: Date | null; closedAt?: Date | null; decidedAt?: Date | null }) {
    n += 1;
    return db.referral.create({
      data: {
        reference: `H-2026-${String(n).padStart(6, "0")}`,
        kind: "CLARIFYING_CONVERSATION",
        referringOrganisationId: clinic.id,
        referringUserId: gp.id,
        citizenCpr: CITIZEN.cpr,
        citizenName: CITIZEN.name,
        residenceMunicipalityId: roskilde.id,
        receivingMunicipalityId: roskilde.id,
        reason: "Rygning og forhøjet blodtryk — ønsker rygestop",
        relevantInformation: "KOL i familien",
        consentBasis: "ORAL_CONSENT",
        status: fields.status ?? "SENT",
        sentAt: fields.sentAt ?? new Date("2026-03-02T09:00:00Z"),
        receiptDueAt: fields.receiptDueAt ?? null,
        decisionDueAt: fields.decisionDueAt ?? null,
        closedAt: fields.closedAt ?? null,
        decidedAt: fields.decidedAt ?? null,
      },
    });
  }

  return { region, roskilde, clinic, caseworker, coordinator, gp, referral };
}
