/**
 * The benchmark status table (bench/initiatives-import.ts, bench/import-under-load.ts): a committee's
 * sheet of any length in the shape the portal imports.
 */
import { DANISH_HEADERS } from "../../lib/domain/initiatives/status-table";

const WORDS = "sundhedsaftale kommune region almen praksis borger forløb udskrivelse genoptræning forebyggelse samarbejde implementering evaluering sektorovergang kvalitet opfølgning kompetenceudvikling dokumentation".split(" ");
function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 31 + i * 17) % WORDS.length]);
  const text = out.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

/**
 * The generated status table, as Danish Excel writes it: BOM, ";", CRLF, the Danish headers, a forum
 * column naming `groupNames` in turn, multi-line quoted cells, the decision as the first word of the
 * justification; a quarter of the rows wind down. 5,000 rows are about 4.5 MB.
 */
export function statusTable(groupNames: string[], rows: number): Uint8Array {
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  // The portal's own headers, with the group column as committees name it ("Følgegruppe").
  const header = ["Følgegruppe", ...(["title", "description", "justification", "focus", "resources"] as const).map((column) => DANISH_HEADERS[column])];
  const lines = [header.map(quote).join(";")];
  for (let i = 0; i < rows; i++) {
    const continues = i % 4 !== 0;
    lines.push(
      [
        groupNames[i % groupNames.length],
        `Indsats ${String(i + 1).padStart(5, "0")}: ${sentence(i, 6)}`,
        `${sentence(i + 1, 25)}\n${sentence(i + 2, 20)}`,
        `${continues ? "Videreføres" : "Afvikles"}. ${sentence(i + 3, 18)}${i % 10 === 0 ? `\n${sentence(i + 4, 10)}` : ""}`,
        continues ? `2. halvår ${2020 + (i % 3)}: implementering\n${2021 + (i % 3)}` : "",
        continues ? (i % 3 === 0 ? "Arbejdsgruppe og en temadag" : "Sekretariatsbistand og midler til pilotprojekt") : "Ingen",
      ]
        .map(quote)
        .join(";"),
    );
  }
  return new TextEncoder().encode("\uFEFF" + lines.join("\r\n") + "\r\n");
}
