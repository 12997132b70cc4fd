/**
 * The rows of the published-offers CSV export: Danish headers, Danish texts, dates as 22.11.2026.
 * Written by the one Excel-CSV writer (lib/csv/excel.ts: BOM, ";", CRLF, formulas defused). Pure.
 */
import { serialiseExcelCsv } from "@/lib/csv/excel";
import { formatDate } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translate";
import { isPubliclyStale } from "@/lib/rules/offers";
import type { HsdsOfferRow } from "./hsds";
import { referralLine } from "./referral-line";
import { languageName } from "./vocabulary";

const da = translator("da");
const list = (values: readonly string[], prefix: string) => values.map((v) => da.key(`${prefix}.${v}`)).join(", ");
const yesNo = (value: boolean) => (value ? "Ja" : "Nej");

const cell = (value: string | number | null | undefined): string => (value === null || value === undefined ? "" : String(value));

export const CSV_HEADERS = [
  "Id",
  "Titel",
  "Udbyder",
  "Kommune-/regionskode",
  "Kort beskrivelse",
  "Indhold",
  "Risikofaktorer",
  "Diagnoser",
  "Type",
  "Rettet mod",
  "Alder fra",
  "Alder til",
  "Målgruppe",
  "Form",
  "Mødegange",
  "Uger",
  "Tidspunkter",
  "Sprog",
  "Uden for arbejdstid",
  "Pårørende velkomne",
  "Støtte ved særlige behov",
  "Kontaktperson",
  "Telefon",
  "E-mail",
  "Henvisningsvej",
  "Sådan henvises",
  "Lokationsnummer",
  "Kapacitet",
  "Ventetid fra (uger)",
  "Ventetid til (uger)",
  "Steder",
  "Samarbejdskommuner",
  "Evidensgrundlag",
  "Gælder fra",
  "Gælder til",
  "Senest bekræftet korrekt",
  "Ikke bekræftet for nylig",
  "Link",
] as const;

export function offersCsv(offers: HsdsOfferRow[], baseUrl: string, now: Date = new Date()): string {
  const rows = offers.map((o) => [
    o.id,
    o.title,
    o.owner.name,
    o.owner.code,
    o.summary,
    o.description,
    list(o.riskFactors, "offers.riskFactor"),
    list(o.diagnoses, "offers.diagnosis"),
    da.key(`offers.scope.${o.scope}`),
    da.key(`offers.orientation.${o.orientation}`),
    o.targetAgeMin,
    o.targetAgeMax,
    o.targetGroup,
    list(o.formats, "offers.format"),
    o.sessions,
    o.durationWeeks,
    o.schedule,
    o.languages.map((code) => languageName(code, "da")).join(", "),
    yesNo(o.afterHours),
    yesNo(o.relativesWelcome),
    o.specialNeedsSupport,
    o.contactName,
    o.contactPhone,
    o.contactEmail,
    da.key(`offers.route.${o.referralRoute}`),
    referralLine(
      {
        ownerName: o.owner.name,
        referralRoute: o.referralRoute,
        entryPointLocationNumber: o.entryPointLocationNumber,
        ownerReferralLocationNumber: o.owner.referralLocationNumber,
        capacity: o.capacity,
        waitingWeeksMin: o.waitingWeeksMin,
        waitingWeeksMax: o.waitingWeeksMax,
        contactPhone: o.contactPhone,
        ownerPhone: o.owner.phone,
      },
      da,
    ),
    o.entryPointLocationNumber ?? o.owner.referralLocationNumber,
    da.key(`offers.capacity.${o.capacity}`),
    o.waitingWeeksMin,
    o.waitingWeeksMax,
    o.locations.map((l) => `${l.name}, ${l.address}, ${l.postalCode} ${l.city}`).join(" | "),
    o.partnerArrangements.map((p) => p.citizenMunicipality.name).join(", "),
    o.evidenceBase,
    formatDate(o.validFrom),
    formatDate(o.validTo),
    formatDate(o.lastConfirmedAt),
    yesNo(isPubliclyStale(o, now)),
    `${baseUrl}/tilbud/${o.id}`,
  ]);
  return serialiseExcelCsv(CSV_HEADERS, rows.map((row) => row.map(cell)), { quote: "when-needed" });
}
