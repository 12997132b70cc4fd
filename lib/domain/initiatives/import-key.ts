/**
 * The key that identifies an initiative within its forum across imports of the same status table
 * (Initiative.importKey, unique per forum): the title, Unicode-normalised (NFC, so "ø" typed on a Mac
 * and on Windows match), lower-cased with Danish rules, trimmed, and with every run of whitespace —
 * including line breaks inside a quoted Excel cell and non-breaking spaces — collapsed to one space.
 *
 * Used by the seed (prisma/seed) and by the CSV import, so re-importing a file updates the seeded
 * initiatives rather than duplicating them.
 */
export function normaliseImportKey(title: string): string {
  return title.normalize("NFC").toLocaleLowerCase("da-DK").replace(/\s+/g, " ").trim();
}
