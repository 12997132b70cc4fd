/** Offers and partner arrangements (app/(portal)/mine-tilbud, the public /tilbud). */
import type { Area, Target } from "./types";

const M = "app/(portal)/mine-tilbud/actions.ts";
const withVersion = (t: Target) => ({ offerId: t.id, version: String(t.version ?? 1) });

export const offers: Area = {
  name: "offers",
  actions: [
    {
      module: M,
      export: "createOfferAction",
      shape: "state",
      schemas: ["offers.createOfferInput"],
      noForge: "creates an offer: its owner (ownerId) must be one the actor coordinates (scopedElsewhere)",
    },
    { module: M, export: "updateOfferAction", shape: "state", schemas: ["offers.updateOfferInput"], forge: { field: "offerId", kind: "offer", right: "change", form: (t) => ({ ...withVersion(t), title: "Sikkerhedstest" }) } },
    { module: M, export: "publishOfferAction", shape: "state", schemas: ["offers.publishOfferInput"], forge: { field: "offerId", kind: "offer", right: "change", form: (t) => ({ ...withVersion(t), standardsConfirmed: "on" }) } },
    {
      module: M,
      export: "addPartnerArrangementAction",
      shape: "state",
      schemas: ["offers.addPartnerArrangementInput"],
      forge: { field: "offerId", kind: "offer", right: "change", form: (t) => ({ offerId: t.id, citizenMunicipalityId: String(t.ownerId ?? "") }) },
      creates: "PartnerArrangement",
    },
    { module: M, export: "confirmOfferAction", shape: "button", schemas: ["offers.confirmOfferInput"], forge: { field: "offerId", kind: "offer", right: "change", form: withVersion } },
    { module: M, export: "archiveOfferAction", shape: "button", schemas: ["offers.archiveOfferInput"], forge: { field: "offerId", kind: "offer", right: "change", form: withVersion } },
    { module: M, export: "reopenOfferAction", shape: "button", schemas: ["offers.reopenOfferInput"], forge: { field: "offerId", kind: "offer", right: "change", form: withVersion } },
    {
      module: M,
      export: "removePartnerArrangementAction",
      shape: "button",
      schemas: ["offers.removePartnerArrangementInput"],
      forge: { field: "arrangementId", kind: "partnerArrangement", right: "change", form: (t) => ({ arrangementId: t.id }) },
    },
  ],
  pages: [
    { url: "/mine-tilbud/{id}", kind: "offer" },
    { url: "/mine-tilbud/{id}/rediger", kind: "offer" },
    { url: "/tilbud/{id}", kind: "offer" },
    { url: "/tilbud/{id}/udlevering", kind: "offer" },
  ],
  routes: [
    { file: "app/api/tilbud/export/route.ts", url: "/api/tilbud/export", method: "GET", query: { q: "text", kommune: "id", alder: "number", side: "number" } },
    { file: "app/api/hsds/route.ts", url: "/api/hsds", method: "GET" },
    { file: "app/api/hsds/services/route.ts", url: "/api/hsds/services", method: "GET", query: { search: "text", organization_id: "id", taxonomy_term_id: "text", modified_after: "date", page: "number", per_page: "number" } },
    { file: "app/api/hsds/services/[id]/route.ts", url: "/api/hsds/services/{id}", method: "GET", forge: { kind: "offer", right: "read" } },
    { file: "app/api/hsds/organizations/route.ts", url: "/api/hsds/organizations", method: "GET", query: { search: "text", page: "number", per_page: "number" } },
  ],
  scopedElsewhere: [
    { schema: "offers.createOfferInput", field: "ownerId", provenBy: "tests/integration/offers-domain.test.ts", note: "canCreateOffer: a coordinator of that very owner" },
    { schema: "offers.addPartnerArrangementInput", field: "citizenMunicipalityId", provenBy: "tests/integration/offers-domain.test.ts", note: "canAddPartner: a municipality of the owner's region" },
    { schema: "offers.getOfferInput", field: "offerId", provenBy: "tests/security/matrix.spec.ts", note: "the pages /mine-tilbud/{id} and /tilbud/{id} of the matrix" },
    { schema: "offers.getHsdsServiceInput", field: "id", provenBy: "tests/security/matrix.spec.ts", note: "the route /api/hsds/services/{id} of the matrix" },
    { schema: "offers.listHsdsServicesInput", field: "organization_id", provenBy: "tests/integration/text-clean-at-the-edge.test.ts", note: "open data filter of published offers (query, no write)" },
  ],
};
