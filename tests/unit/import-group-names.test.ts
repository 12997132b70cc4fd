/** Recognising a status sheet's group names (lib/domain/initiatives/group-names.ts): "Følgegruppen for X" ≈ "X". */
import { describe, expect, it } from "vitest";
import { foldName, nameCore, suggestForum } from "@/lib/domain/initiatives/group-names";

const forums = [
  { id: "dak", name: "Det Administrative Kontaktforum", shortName: "DAK" },
  { id: "gen", name: "Genoptræning og rehabilitering", shortName: null },
  { id: "vel", name: "Velfærdsteknologi", shortName: "VT" },
  { id: "fg-oek", name: "Følgegruppen for økonomi", shortName: null },
];

describe("group names", () => {
  it("fold case, diacritics, punctuation and the kind of group in front", () => {
    expect(foldName("Følgegruppen for Sundheds-IT & digitale arbejdsgange")).toBe("foelgegruppen for sundheds it og digitale arbejdsgange");
    expect(foldName("Café")).toBe("cafe");
    expect(nameCore("Følgegruppen for genoptræning og rehabilitering")).toBe("genoptraening og rehabilitering");
    expect(nameCore("Arbejdsgruppen vedr. velfærdsteknologi")).toBe("velfaerdsteknologi");
    expect(nameCore("Følgegruppe")).toBe("foelgegruppe"); // nothing after the kind: the whole name
  });

  it.each([
    ["Følgegruppen for genoptræning og rehabilitering", "gen"],
    ["FØLGEGRUPPEN FOR GENOPTRÆNING OG REHABILITERING", "gen"],
    ["Følgegruppen for genoptraening og rehabilitering", "gen"],
    ["Følgegruppen for velfærdsteknologi", "vel"],
    ["VT", "vel"],
    ["dak", "dak"],
    ["Økonomi", "fg-oek"],
    ["Følgegruppen for økonomi ", "fg-oek"],
  ])("%s → %s", (name, id) => {
    expect(suggestForum(name, forums)?.id).toBe(id);
  });

  it("suggests nothing for an unknown or ambiguous name", () => {
    expect(suggestForum("Følgegruppen for børn og unge", forums)).toBeNull();
    expect(suggestForum("Økonomi", [...forums, { id: "oek2", name: "Arbejdsgruppen for økonomi", shortName: null }])).toBeNull();
  });
});
