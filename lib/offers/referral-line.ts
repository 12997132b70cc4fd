/**
 * "How to refer" in one line — the thing GPs said they lack (issue 4): e.g.
 * "Henvis elektronisk til Roskilde Kommunes indgang (lok.nr. 5790001234567) — afklarende samtale først".
 * Pure: given the offer's referral facts and a translator.
 */
import type { Translate } from "@/lib/i18n/translate";

export type ReferralFacts = {
  ownerName: string;
  referralRoute: string;
  /** The offer's entry point; falls back to the owner's single entry point for electronic referrals. */
  entryPointLocationNumber: string | null;
  ownerReferralLocationNumber: string | null;
  capacity: string;
  waitingWeeksMin: number | null;
  waitingWeeksMax: number | null;
  contactPhone: string | null;
  ownerPhone?: string | null;
};

/** Danish genitive: "Roskilde Kommune" → "Roskilde Kommunes", "Region Sjælland" → "Region Sjællands", "Aars" → "Aars'". */
export function danishGenitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

export function referralLine(offer: ReferralFacts, t: Translate, locale: "da" | "en" = "da"): string {
  const owner = locale === "da" ? danishGenitive(offer.ownerName) : `${offer.ownerName}'s`;
  const number = offer.entryPointLocationNumber ?? offer.ownerReferralLocationNumber;
  const phone = offer.contactPhone ?? offer.ownerPhone ?? null;
  let line: string;
  if (offer.referralRoute === "DIRECT_ACCESS") {
    line = phone ? t("offers.refer.directWithPhone", { owner: offer.ownerName, phone }) : t("offers.refer.direct", { owner: offer.ownerName });
  } else {
    line = number ? t("offers.refer.electronic", { ownerGenitive: owner, number }) : t("offers.refer.noEntryPoint", { owner: offer.ownerName });
    if (offer.referralRoute === "CLARIFYING_CONVERSATION") line += ` — ${t("offers.refer.clarifyingFirst")}`;
    if (offer.referralRoute === "REFERRAL_REQUIRED") line += ` — ${t("offers.refer.referralRequired")}`;
  }
  if (offer.capacity === "WAITING_LIST") {
    line +=
      offer.waitingWeeksMin != null && offer.waitingWeeksMax != null
        ? `; ${t("offers.refer.waitingBand", { min: offer.waitingWeeksMin, max: offer.waitingWeeksMax })}`
        : `; ${t("offers.refer.waitingList")}`;
  }
  if (offer.capacity === "CLOSED") line += `; ${t("offers.refer.closed")}`;
  return line;
}
