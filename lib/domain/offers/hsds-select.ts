import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { offerContentSelect } from "./dto";
import { currentArrangementWhere } from "./scope";

/** What the HSDS mapping (lib/offers/hsds.ts) reads of an offer: one query per relation, never per row. */
export function hsdsOfferSelect(now: Date = new Date()) {
  return {
    ...offerContentSelect,
    owner: {
      select: { id: true, name: true, kind: true, code: true, referralLocationNumber: true, phone: true, email: true, address: true, region: { select: { name: true } } },
    },
    locations: { select: { id: true, name: true, address: true, postalCode: true, city: true, accessibility: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    partnerArrangements: {
      where: currentArrangementWhere(now),
      select: { citizenMunicipality: { select: { id: true, name: true, code: true } } },
      orderBy: { createdAt: "asc" },
    },
  } satisfies Prisma.OfferSelect;
}
