/** A forum name as a safe, readable file-name part: "Følgegruppen for forebyggelse" → "foelgegruppen-for-forebyggelse". */
export function slugForFile(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "oe")
      .replace(/å/g, "aa")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "forum"
  );
}
