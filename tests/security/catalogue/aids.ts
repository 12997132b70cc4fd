/**
 * The aids responsibility catalogue (issue 14 part 1, app/(public)/hjaelpemidler). Not yet in the live
 * matrix: there is no aids resource kind in support/resources.ts (its read/change rules need the
 * actor's aids-council seats, which the matrix's actor does not carry). Until it is added, every id
 * field is proven scoped by the integration tests named below, which call the same domain operations
 * as the actions: another region's user, a GP (catalogue not public) and the public get not-found;
 * non-council users get forbidden with the row unchanged and no audit row.
 */
import type { Area } from "./types";

const M = "app/(public)/hjaelpemidler/actions.ts";
const PROVEN = "tests/integration/aids-catalogue.test.ts";
const WHY = `no aids resource kind in the live matrix yet: the scoping of its ids is proven by ${PROVEN} (scopedElsewhere)`;

export const aids: Area = {
  name: "aids",
  actions: [
    { module: M, export: "createAidItemAction", shape: "state", schemas: ["aids.createAidItemInput"], noForge: WHY },
    { module: M, export: "updateAidItemAction", shape: "state", schemas: ["aids.updateAidItemInput"], noForge: WHY },
    { module: M, export: "proposeAidChangeAction", shape: "state", schemas: ["aids.proposeAidChangeInput"], noForge: WHY },
    { module: M, export: "decideAidProposalAction", shape: "state", schemas: ["aids.decideAidProposalInput"], noForge: WHY },
    { module: M, export: "setAidCataloguePublicAction", shape: "state", schemas: ["aids.setAidCataloguePublicInput"], noForge: WHY },
  ],
  pages: [],
  scopedElsewhere: [
    { schema: "aids.createAidItemInput", field: "catalogueId", provenBy: PROVEN, note: "readableCatalogue + canEditAids: not_found outside the region, forbidden without a council seat" },
    { schema: "aids.updateAidItemInput", field: "itemId", provenBy: PROVEN, note: "the item's catalogue readable (not_found for another region), canEditAids" },
    { schema: "aids.proposeAidChangeInput", field: "catalogueId", provenBy: PROVEN, note: "readableCatalogue: a GP of a non-public catalogue gets not_found" },
    { schema: "aids.proposeAidChangeInput", field: "itemId", provenBy: PROVEN, note: "the item must belong to the proposal's catalogue (findFirst by id and catalogueId)" },
    { schema: "aids.decideAidProposalInput", field: "proposalId", provenBy: PROVEN, note: "the proposal's catalogue readable, canDecideAidProposal: non-council users refused, row unchanged, no audit row" },
    { schema: "aids.decideAidProposalInput", field: "meetingId", provenBy: PROVEN, note: "meetingFitsAidDecision: only the region's aids council's meetings (another forum's meeting is a field error)" },
    { schema: "aids.setAidCataloguePublicInput", field: "catalogueId", provenBy: PROVEN, note: "canSetAidsPublic: the region's own coordinators only" },
    { schema: "aids.getAidCatalogueInput", field: "regionId", provenBy: PROVEN, note: "readableCatalogue: not_found for GP, other region, anonymous (not public)" },
    { schema: "aids.searchAidsInput", field: "regionId", provenBy: PROVEN, note: "readableCatalogue: not_found for GP, other region, anonymous (not public)" },
    { schema: "aids.getAidItemInput", field: "itemId", provenBy: PROVEN, note: "the item's catalogue readable: not_found otherwise" },
    { schema: "aids.getAidItemInput", field: "from", provenBy: PROVEN, note: "a revision id of the item itself (others are not_found)" },
    { schema: "aids.getAidItemInput", field: "to", provenBy: PROVEN, note: "a revision id of the item itself (others are not_found)" },
  ],
};
