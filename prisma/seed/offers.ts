/**
 * Demo prevention offers: 3–6 published offers for each of Region Sjælland's 17 municipalities,
 * the region's specialised offers, Roskilde's drafts and archived project, and two partner
 * arrangements. Offers have no natural key, so every offer and location has a deterministic id
 * (seed-offer-<municipality>-<template>); partner arrangements use (offer, citizen municipality).
 */
import type { Capacity, OfferStatus } from "@/lib/generated/prisma/enums";
import {
  MUNICIPAL_OFFERS,
  OFFER_OVERRIDES,
  PARTNER_ARRANGEMENTS,
  REGION_OFFERS,
  ROSKILDE_UNPUBLISHED,
  TEMPLATES,
  type OfferLocationData,
  type OfferTemplate,
} from "./offers-catalogue";
import { M, REGION_SJAELLAND, type OrgIndex } from "./organisations";
import { addDays, date, intBetween, pick, prng, seedId, slug, type Tx } from "./util";

export interface SeededOffer {
  id: string;
  title: string;
  ownerId: string;
  status: OfferStatus;
  capacity: Capacity;
  durationWeeks: number | null;
}

/** Offers by "<municipality code>/<template key>" (and "region/<key>", "<code>/<key>" for unpublished). */
export type OfferIndex = Map<string, SeededOffer>;

interface OfferInput {
  id: string;
  ownerId: string;
  template: OfferTemplate;
  ownerName: string;
  schedule: string;
  status: OfferStatus;
  capacity: Capacity;
  waiting?: [number, number];
  languages?: string[];
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  entryPointLocationNumber: string | null;
  standardsConfirmedAt: Date | null;
  specialisedConditionsConfirmedAt: Date | null;
  lastConfirmedAt: Date;
  publishedAt: Date | null;
  archivedAt?: Date | null;
  validFrom?: Date | null;
  validTo?: Date | null;
  locations: (OfferLocationData & { municipalityId: string | null })[];
}

async function upsertOffer(tx: Tx, input: OfferInput): Promise<SeededOffer> {
  const t = input.template;
  const fill = (text: string) => text.replace(/\{kommune\}/g, input.ownerName);
  const data = {
    ownerId: input.ownerId,
    title: t.title,
    summary: fill(t.summary),
    description: fill(t.description),
    riskFactors: t.riskFactors,
    diagnoses: t.diagnoses,
    scope: t.scope,
    orientation: t.orientation,
    targetAgeMin: t.targetAgeMin,
    targetAgeMax: t.targetAgeMax,
    targetGroup: t.targetGroup,
    formats: t.formats,
    sessions: t.sessions,
    durationWeeks: t.durationWeeks,
    schedule: input.schedule,
    languages: input.languages ?? t.languages,
    afterHours: t.afterHours,
    specialNeedsSupport: t.specialNeedsSupport,
    relativesWelcome: t.relativesWelcome,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
    referralRoute: t.referralRoute,
    entryPointLocationNumber: input.entryPointLocationNumber,
    capacity: input.capacity,
    waitingWeeksMin: input.waiting?.[0] ?? null,
    waitingWeeksMax: input.waiting?.[1] ?? null,
    evidenceBase: t.evidenceBase,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    status: input.status,
    standardsConfirmedAt: input.standardsConfirmedAt,
    specialisedConditionsConfirmedAt: input.specialisedConditionsConfirmedAt,
    lastConfirmedAt: input.lastConfirmedAt,
    reviewIntervalDays: t.reviewIntervalDays ?? 180,
    publishedAt: input.publishedAt,
    archivedAt: input.archivedAt ?? null,
  };
  await tx.offer.upsert({ where: { id: input.id }, create: { id: input.id, ...data }, update: data });
  for (const [position, location] of input.locations.entries()) {
    const id = `${input.id}-location-${position + 1}`;
    const row = { offerId: input.id, position, ...location };
    await tx.offerLocation.upsert({ where: { id }, create: { id, ...row }, update: row });
  }
  return { id: input.id, title: t.title, ownerId: input.ownerId, status: input.status, capacity: input.capacity, durationWeeks: t.durationWeeks };
}

export async function seedOffers(tx: Tx, orgs: OrgIndex, today: Date): Promise<OfferIndex> {
  const offers: OfferIndex = new Map();

  for (const municipality of MUNICIPAL_OFFERS) {
    const owner = orgs.municipality(municipality.code);
    if (owner.regionCode !== REGION_SJAELLAND) throw new Error(`seed: ${owner.name} is not in Region Sjælland`);
    const short = owner.name.replace(/ Kommune$/, "");
    for (const [n, key] of municipality.offers.entries()) {
      const template: OfferTemplate = TEMPLATES[key];
      const override = OFFER_OVERRIDES[`${municipality.code}/${key}`] ?? {};
      const random = prng(`offer-${municipality.code}-${key}`);
      const review = template.reviewIntervalDays ?? 180;
      const lastConfirmedAt = override.stale ? addDays(today, -(review + intBetween(random, 15, 120))) : addDays(today, -intBetween(random, 2, 100));
      const publishedAt = addDays(lastConfirmedAt, -intBetween(random, 30, 700));
      const twoLocations = n === 0 || random() < 0.4;
      const locations = municipality.locations.slice(0, twoLocations ? 2 : 1).map((l) => ({ ...l, municipalityId: owner.id }));
      const id = seedId("offer", short, key);
      offers.set(
        `${municipality.code}/${key}`,
        await upsertOffer(tx, {
          id,
          ownerId: owner.id,
          ownerName: owner.name,
          template,
          schedule: pick(random, template.schedules) + (override.note ? `. ${override.note}` : ""),
          status: "PUBLISHED",
          capacity: override.capacity ?? "OPEN",
          waiting: override.waiting,
          languages: override.languages,
          contactName: municipality.contactName,
          contactPhone: municipality.contactPhone,
          contactEmail: `forebyggelse@${municipality.mail}.demo.dk`,
          entryPointLocationNumber: owner.locationNumber,
          standardsConfirmedAt: publishedAt,
          specialisedConditionsConfirmedAt: template.scope === "DISEASE_SPECIFIC" ? publishedAt : null,
          lastConfirmedAt,
          publishedAt,
          validFrom: override.timeLimited ? addDays(today, -intBetween(random, 200, 400)) : null,
          validTo: override.timeLimited ? addDays(today, intBetween(random, 200, 500)) : null,
          locations,
        }),
      );
    }
  }

  // The region's specialised offers, at its hospitals.
  const regionId = orgs.region(REGION_SJAELLAND);
  for (const r of REGION_OFFERS) {
    const hospital = orgs.hospitals.get(r.hospital);
    if (!hospital) throw new Error(`seed: unknown hospital ${r.hospital}`);
    const random = prng(`region-offer-${r.key}`);
    const lastConfirmedAt = addDays(today, -intBetween(random, 5, 60));
    const publishedAt = addDays(lastConfirmedAt, -intBetween(random, 100, 500));
    const [street, place] = hospital.address.split(", ");
    const [postalCode, ...city] = place.split(" ");
    offers.set(
      `region/${r.key}`,
      await upsertOffer(tx, {
        id: seedId("offer", "region-sjaelland", r.key),
        ownerId: regionId,
        ownerName: "Region Sjælland",
        template: r.template,
        schedule: r.template.schedules[0],
        status: "PUBLISHED",
        capacity: "OPEN",
        contactName: "Visitationen, " + hospital.name,
        contactPhone: "47 32 32 00",
        contactEmail: `visitation.${slug(r.hospital)}@regionsjaelland.demo.dk`,
        entryPointLocationNumber: hospital.locationNumber,
        standardsConfirmedAt: publishedAt,
        specialisedConditionsConfirmedAt: null,
        lastConfirmedAt,
        publishedAt,
        locations: [{ name: hospital.name, address: street, postalCode, city: city.join(" "), accessibility: "Niveaufri adgang; patientparkering ved hovedindgangen.", municipalityId: null }],
      }),
    );
  }

  // Roskilde's drafts and archived project.
  const roskilde = orgs.municipality(M.roskilde);
  const roskildeLocations = MUNICIPAL_OFFERS.find((m) => m.code === M.roskilde)!.locations;
  for (const u of ROSKILDE_UNPUBLISHED) {
    const archived = u.status === "ARCHIVED";
    offers.set(
      `${M.roskilde}/${u.key}`,
      await upsertOffer(tx, {
        id: seedId("offer", "roskilde", u.key),
        ownerId: roskilde.id,
        ownerName: roskilde.name,
        template: u.template,
        schedule: u.template.schedules[0],
        status: u.status,
        capacity: archived ? "CLOSED" : "OPEN",
        contactName: "Mette Jensen",
        contactPhone: "46 31 70 40",
        contactEmail: "forebyggelse@roskilde.demo.dk",
        entryPointLocationNumber: roskilde.locationNumber,
        standardsConfirmedAt: archived ? addDays(today, -800) : null,
        specialisedConditionsConfirmedAt: null,
        lastConfirmedAt: archived ? addDays(today, -420) : addDays(today, -3),
        publishedAt: archived ? addDays(today, -800) : null,
        archivedAt: archived ? addDays(today, -400) : null,
        validFrom: archived ? addDays(today, -820) : null,
        validTo: archived ? addDays(today, -400) : null,
        locations: [{ ...roskildeLocations[0], municipalityId: roskilde.id }],
      }),
    );
  }

  for (const p of PARTNER_ARRANGEMENTS) {
    const offer = offers.get(`${p.offer.municipality}/${p.offer.template}`);
    if (!offer) throw new Error(`seed: partner arrangement for an offer that does not exist: ${p.offer.municipality}/${p.offer.template}`);
    const citizenMunicipalityId = orgs.municipality(p.citizens).id;
    const data = { validFrom: date(p.validFrom), validTo: null, note: p.note };
    await tx.partnerArrangement.upsert({
      where: { offerId_citizenMunicipalityId: { offerId: offer.id, citizenMunicipalityId } },
      create: { id: seedId("partner", offer.id, p.citizens), offerId: offer.id, citizenMunicipalityId, ...data },
      update: data,
    });
  }

  return offers;
}
