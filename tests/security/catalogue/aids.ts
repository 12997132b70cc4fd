/**
 * The aids responsibility catalogue (issue 14 part 1, app/(public)/hjaelpemidler) in the live matrix:
 * three resource kinds (support/resources.ts) — the catalogue, its aids and the change proposals —
 * whose read/change answers come from lib/rules/aids.ts with the actor's aids-council seats. Every
 * action is called with a forged id of a row the role may not change; every page with an id or a
 * region of a catalogue the role may not read. The secondary references below are proven scoped by
 * the integration tests named.
 */
import type { Area, Target } from "./types";

const M = "app/(public)/hjaelpemidler/actions.ts";
const PROVEN = "tests/integration/aids-catalogue.test.ts";

/** An aid's content, valid for every schema that carries it (so the scoping is what refuses). */
const content = (t: Target): Record<string, string> => {
  const parties = ["temporary", "permanent"].flatMap((use) => ["Assessment", "Supply", "Instruction", "Maintenance"].map((duty) => `${use}${duty}`));
  return {
    number: String(t.number ?? "99.99"),
    name: "Sikkerhedstest: hjælpemiddel",
    category: String(t.category ?? "OTHER_AID"),
    ...Object.fromEntries(parties.map((field) => [field, String(t[field] ?? "MUNICIPALITY")])),
  };
};

export const aids: Area = {
  name: "aids",
  actions: [
    {
      module: M,
      export: "createAidItemAction",
      shape: "state",
      schemas: ["aids.createAidItemInput"],
      forge: { field: "catalogueId", kind: "aidCatalogue", right: "change", form: () => ({ ...content({ id: "" }), number: "99.98" }) },
      creates: "AidItem",
    },
    {
      module: M,
      export: "updateAidItemAction",
      shape: "state",
      schemas: ["aids.updateAidItemInput"],
      forge: { field: "itemId", kind: "aidItem", right: "change", form: (t) => ({ ...content(t), version: String(t.version ?? 1) }) },
    },
    {
      module: M,
      export: "proposeAidChangeAction",
      shape: "state",
      schemas: ["aids.proposeAidChangeInput"],
      forge: { field: "catalogueId", kind: "aidCatalogue", right: "change", form: () => ({ ...content({ id: "" }), number: "99.97", justification: "Sikkerhedstest" }) },
      creates: "AidProposal",
    },
    {
      module: M,
      export: "decideAidProposalAction",
      shape: "state",
      schemas: ["aids.decideAidProposalInput"],
      forge: { field: "proposalId", kind: "aidProposal", right: "change", form: (t) => ({ version: String(t.version ?? 1), outcome: "REJECTED", reason: "Sikkerhedstest", meetingId: String(t.councilMeetingId ?? "") }) },
    },
    {
      module: M,
      export: "setAidCataloguePublicAction",
      shape: "state",
      schemas: ["aids.setAidCataloguePublicInput"],
      forge: { field: "catalogueId", kind: "aidCatalogue", right: "change", form: (t) => ({ version: String(t.version ?? 1), isPublic: "on" }) },
    },
  ],
  pages: [
    { url: "/hjaelpemidler?region={regionId}", kind: "aidCatalogue" },
    { url: "/hjaelpemidler/udskriv?region={regionId}", kind: "aidCatalogue" },
    { url: "/hjaelpemidler/forslag?region={regionId}", kind: "aidCatalogue" },
    { url: "/hjaelpemidler/{id}", kind: "aidItem" },
    { url: "/hjaelpemidler/{id}/rediger", kind: "aidItem" },
  ],
  scopedElsewhere: [
    { schema: "aids.proposeAidChangeInput", field: "itemId", provenBy: PROVEN, note: "the item must belong to the proposal's catalogue (findFirst by id and catalogueId); catalogueId is forged by the matrix" },
    { schema: "aids.decideAidProposalInput", field: "meetingId", provenBy: PROVEN, note: "meetingFitsAidDecision: only the region's aids council's meetings (another forum's meeting is a field error)" },
    { schema: "aids.getAidCatalogueInput", field: "regionId", provenBy: "tests/security/matrix.spec.ts", note: "the pages /hjaelpemidler?region=, /udskriv and /forslag of the matrix" },
    { schema: "aids.searchAidsInput", field: "regionId", provenBy: PROVEN, note: "readableCatalogue: not_found for GP, other region, anonymous (not public)" },
    { schema: "aids.getAidItemInput", field: "itemId", provenBy: "tests/security/matrix.spec.ts", note: "the pages /hjaelpemidler/{id} and /rediger of the matrix" },
    { schema: "aids.getAidItemInput", field: "from", provenBy: PROVEN, note: "a revision id of the item itself (others are not_found)" },
    { schema: "aids.getAidItemInput", field: "to", provenBy: PROVEN, note: "a revision id of the item itself (others are not_found)" },
  ],
};
