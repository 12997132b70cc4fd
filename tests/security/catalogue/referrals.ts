/** Referrals (app/(portal)/henvisninger): the health data. */
import type { Area, Target } from "./types";

const M = "app/(portal)/henvisninger/actions.ts";
const base = (t: Target) => ({ referralId: t.id, version: String(t.version ?? 1) });
const transition = (exportName: string, schema: string, extra: Record<string, string> = {}) => ({
  module: M,
  export: exportName,
  shape: "state" as const,
  schemas: [`referrals.${schema}`],
  forge: { field: "referralId", kind: "referral" as const, right: "change" as const, form: (t: Target) => ({ ...base(t), ...extra }) },
});

export const referrals: Area = {
  name: "referrals",
  actions: [
    {
      module: M,
      export: "referAction",
      shape: "state",
      schemas: ["referrals.createReferralInput", "referrals.previewReferralInput"],
      noForge: "creates a referral: no existing row to forge; its target offer and municipality are scoped (scopedElsewhere)",
      fields: { intent: "enum" },
    },
    transition("receiveReferralAction", "receiveReferralInput"),
    transition("acceptReferralAction", "acceptReferralInput"),
    transition("rejectReferralAction", "rejectReferralInput", { reason: "Sikkerhedstest: afvist" }),
    { ...transition("reassignReferralAction", "reassignReferralInput"), forge: { field: "referralId", kind: "referral", right: "change", form: (t) => ({ ...base(t), offerId: String(t.offerId ?? "") }) } },
    transition("startReferralAction", "startReferralInput"),
    transition("completeReferralAction", "completeReferralInput", { attended: "ja", goal: "Mål nået", benefit: "God", followUpNeeded: "nej" }),
    transition("dropOutReferralAction", "dropOutReferralInput", { reason: "Sikkerhedstest: ophørt" }),
    transition("cancelReferralAction", "cancelReferralInput", { reason: "Sikkerhedstest: annulleret" }),
  ],
  pages: [{ url: "/henvisninger/{id}", kind: "referral" }],
  scopedElsewhere: [
    { schema: "referrals.createReferralInput", field: "residenceMunicipalityId", provenBy: "tests/integration/referrals-lifecycle.test.ts", note: "a municipality that is not one is refused" },
    { schema: "referrals.previewReferralInput", field: "residenceMunicipalityId", provenBy: "tests/integration/referrals-lifecycle.test.ts", note: "same schema as createReferralInput" },
    { schema: "referrals.reassignReferralInput", field: "offerId", provenBy: "tests/integration/referrals-lifecycle.test.ts", note: "only an offer open to the referral's citizen (receiverFor / reassignTargetFor)" },
    { schema: "referrals.listInboxInput", field: "offerId", provenBy: "tests/integration/referrals-lifecycle.test.ts", note: "a filter of the actor's own inbox (query, no write)" },
    { schema: "referrals.listReferralTargetsInput", field: "residenceMunicipalityId", provenBy: "tests/integration/referrals-lifecycle.test.ts", note: "lists published offers only (query, no write)" },
    { schema: "referrals.listReferralTargetsInput", field: "offerId", provenBy: "tests/integration/referrals-lifecycle.test.ts", note: "lists published offers only (query, no write)" },
    { schema: "referrals.referralStatisticsInput", field: "regionId", provenBy: "tests/integration/referrals-lifecycle.test.ts", note: "aggregates only, canViewReferralStatistics" },
    { schema: "referrals.referralStatisticsInput", field: "municipalityId", provenBy: "tests/integration/referrals-lifecycle.test.ts", note: "aggregates only, canViewReferralStatistics" },
    { schema: "referrals.getReferralInput", field: "referralId", provenBy: "tests/security/matrix.spec.ts", note: "the page /henvisninger/{id} of the matrix" },
  ],
};
