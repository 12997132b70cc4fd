/** "How to refer" in one line, in Danish and English. */
import { describe, expect, it } from "vitest";
import { danishGenitive, referralLine, type ReferralFacts } from "@/lib/offers/referral-line";
import { translator } from "@/lib/i18n/translate";

const da = translator("da");
const en = translator("en");
const roskilde: ReferralFacts = {
  ownerName: "Roskilde Kommune",
  referralRoute: "CLARIFYING_CONVERSATION",
  entryPointLocationNumber: "5790001234565",
  ownerReferralLocationNumber: null,
  capacity: "OPEN",
  waitingWeeksMin: null,
  waitingWeeksMax: null,
  contactPhone: "46 31 30 00",
};

describe("referralLine", () => {
  it("electronic referral to the entry point, clarifying conversation first", () => {
    expect(referralLine(roskilde, da)).toBe("Henvis elektronisk til Roskilde Kommunes indgang (lok.nr. 5790001234565) — afklarende samtale først");
    expect(referralLine(roskilde, en, "en")).toBe(
      "Refer electronically to Roskilde Kommune's entry point (location no. 5790001234565) — clarifying conversation first",
    );
  });

  it("falls back to the owner's entry point; referral required; waiting band", () => {
    expect(
      referralLine({ ...roskilde, entryPointLocationNumber: null, ownerReferralLocationNumber: "5790009999999", referralRoute: "REFERRAL_REQUIRED", capacity: "WAITING_LIST", waitingWeeksMin: 2, waitingWeeksMax: 4 }, da),
    ).toBe("Henvis elektronisk til Roskilde Kommunes indgang (lok.nr. 5790009999999) — henvisning fra læge kræves; venteliste 2–4 uger");
  });

  it("direct access with the phone number; closed", () => {
    expect(referralLine({ ...roskilde, referralRoute: "DIRECT_ACCESS", capacity: "CLOSED" }, da)).toBe(
      "Ingen henvisning nødvendig: borgeren kontakter selv Roskilde Kommune på tlf. 46 31 30 00; lukket for tilgang lige nu",
    );
  });

  it("Danish genitive", () => {
    expect(danishGenitive("Region Sjælland")).toBe("Region Sjællands");
    expect(danishGenitive("Aars")).toBe("Aars'");
  });
});
