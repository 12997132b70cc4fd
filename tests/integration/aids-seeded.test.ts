/**
 * The seeded demo aids catalogue (Region Sjælland) through the aids operations: about 40 aids in all
 * five categories, marked as demo data; the demo users read it as the rules say; the lookup answers
 * the everyday searches in one line; the council's chair may decide, the nurse may only propose.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/index";
import { db } from "./support/db";
import { actorFor } from "./support/factories";
import { getAidCatalogue } from "@/lib/domain/aids/get-aid-catalogue";
import { searchAids } from "@/lib/domain/aids/search-aids";
import { AID_CATEGORIES } from "@/lib/aids/fields";
import type { Actor } from "@/lib/rules/actor";

const byEmail = async (email: string): Promise<Actor> => actorFor((await db.user.findUniqueOrThrow({ where: { email } })).id);

// Every test starts from an empty database (tests/integration/setup.ts): seed per test, so keep them few.
beforeEach(async () => {
  await seed(db, { demo: true });
}, 120_000);

describe("the demo aids catalogue", () => {
  it("holds about 40 demo aids across the five categories", async () => {
    const nurse = await byEmail("sagsbehandler.roskilde@demo.dk");
    const view = await getAidCatalogue(nurse, {});
    expect(view.catalogue.region.name).toBe("Region Sjælland");
    expect(view.items.length).toBeGreaterThanOrEqual(40);
    expect(new Set(view.items.map((i) => i.category))).toEqual(new Set(AID_CATEGORIES));
    expect(view.items.every((i) => i.isDemo)).toBe(true);
    expect(view.may).toEqual({ edit: false, propose: true, decide: false, setPublic: false });
    const chair = await getAidCatalogue(await byEmail("koordinator.roskilde@demo.dk"), {});
    expect(chair.may).toMatchObject({ edit: true, decide: true, setPublic: false });
    const region = await getAidCatalogue(await byEmail("koordinator.region@demo.dk"), {});
    expect(region.may).toMatchObject({ edit: true, decide: true, setPublic: true });
    await expect(getAidCatalogue(await byEmail("laege.roskilde@demo.dk"), {})).rejects.toMatchObject({ kind: "not_found" });
  });

  it("the lookup answers the everyday searches with the right aid first, for the need searched", async () => {
    const nurse = await byEmail("sagsbehandler.roskilde@demo.dk");
    const cases: [string, string, string[]][] = [
    ["rollator midlertidigt", "Gangredskab (gangstativ, gangvogn, albuestokke)", ["MUNICIPALITY"]],
    ["kørestol varigt", "Manuel kørestol", ["MUNICIPALITY"]],
    ["iltkoncentrator", "Iltbehandling i hjemmet", ["REGION", "REGION"]],
    ["stomiposer", "Stomiprodukter", ["REGION", "MUNICIPALITY"]],
    ["hospitalsseng", "Plejeseng", ["MUNICIPALITY", "MUNICIPALITY"]],
    ["insulinpen varigt", "Insulinpen og kanyler", ["MUNICIPALITY"]],
    ];
    for (const [q, name, suppliers] of cases) {
      const found = await searchAids(nurse, { q });
      expect([q, found.results[0]?.item.name, found.results[0]?.answers.map((a) => a.party)]).toEqual([q, name, suppliers]);
    }
  });
});
