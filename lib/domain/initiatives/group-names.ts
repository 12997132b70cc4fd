/**
 * Recognising the groups a status sheet names in its first column. A committee's sheet says
 * "Følgegruppen for genoptræning og rehabilitering" where the portal may know the forum as
 * "Genoptræning og rehabilitering", "genoptraening & rehabilitering" or by its short name. Two names
 * are the same group when their cores are equal: case, diacritics (é → e, æ → ae, ø → oe, å → aa),
 * punctuation and the kind of group in front ("Følgegruppen for", "Arbejdsgruppen vedr.", "Udvalget
 * om" …) do not count.
 *
 * Pure: no database. Used by the import's preview (lib/domain/initiatives/preview-initiative-import.ts)
 * to suggest a forum for each group name; tests/unit/import-group-names.test.ts pins it down.
 */

/** How a group name is remembered and compared: NFC, lower case, single spaces (like the import key). */
export function groupKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("da-DK").replace(/\s+/g, " ").trim();
}

const FOLD: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", ß: "ss" };

/** Lower case, without diacritics or punctuation, "&" as "og". */
export function foldName(name: string): string {
  return name
    .toLocaleLowerCase("da-DK")
    .replace(/[æøåß]/g, (ch) => FOLD[ch])
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/&/g, " og ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Words naming the kind of group, with the little word that follows ("for", "om", "vedr", "on" …). */
const KIND_PREFIX =
  /^(?:den |det |the )?(?:foelgegruppe(?:n)?|arbejdsgruppe(?:n)?|styregruppe(?:n)?|koordinationsgruppe(?:n)?|gruppe(?:n)?|udvalg(?:et)?|forum(?:met)?|netvaerk(?:et)?|follow up group|working group|steering group|group|committee)(?: (?:for|om|vedr|vedroerende|paa|til|on|about|of))? /;

/** The core of a group name: folded, without the kind of group in front. */
export function nameCore(name: string): string {
  const folded = foldName(name);
  const core = folded.replace(KIND_PREFIX, "");
  return core || folded;
}

export type NamedForum = { id: string; name: string; shortName: string | null };

/**
 * The forum a group name most likely means, or null: an exact (case-insensitive) name or short
 * name first, then equal cores ("Følgegruppen for X" ≈ "X" ≈ "Arbejdsgruppen vedr. X"). Two forums
 * with the same core make the name ambiguous: no suggestion.
 */
export function suggestForum<F extends NamedForum>(name: string, forums: readonly F[]): F | null {
  const key = groupKey(name);
  const exact = forums.filter((f) => groupKey(f.name) === key || (f.shortName !== null && groupKey(f.shortName) === key));
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return null;
  const folded = foldName(name);
  const core = nameCore(name);
  const similar = forums.filter((f) => {
    const names = f.shortName ? [f.name, f.shortName] : [f.name];
    return names.some((n) => foldName(n) === folded || nameCore(n) === core);
  });
  return similar.length === 1 ? similar[0] : null;
}
