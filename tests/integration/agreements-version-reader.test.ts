/**
 * The reader's part of a version's reading page (decision 037, "Signed-in readers"): what the reader
 * island of the cached page adds — the workspace link for a party's coordinator, the drafts the reader
 * may see — scoped like the page itself (a draft is not found for anybody but its parties' coordinators).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/index";
import { db } from "./support/db";
import { actorFor } from "./support/factories";
import { getVersionReader } from "@/lib/domain/agreements/get-version-reader";
import { startAmendment } from "@/lib/domain/agreements/start-amendment";
import { NotFoundError } from "@/lib/domain/errors";

let agreementId: string;
let versionId: string;
let number: number;

const actorOf = async (email: string) => actorFor((await db.user.findUniqueOrThrow({ where: { email } })).id);

beforeEach(async () => {
  await seed(db, { demo: true });
  const version = await db.agreementVersion.findFirstOrThrow({ where: { status: "IN_FORCE", agreement: { region: { name: "Region Sjælland" } } } });
  ({ agreementId, id: versionId, number } = version);
}, 120_000);

describe("the reader's part of a version's page", () => {
  it("a party's coordinator: the workspace link and their draft; a GP and a visitor: neither, and the draft is not found", async () => {
    const coordinator = await actorOf("koordinator.region@demo.dk");
    const gp = await actorOf("laege.roskilde@demo.dk");
    expect(await getVersionReader(coordinator, { agreementId, number: String(number) })).toEqual({ canOpenWorkspace: true, drafts: [] });

    await startAmendment(coordinator, { versionId, label: "Tillæg til læseren" });
    const draft = { number: number + 1, label: "Tillæg til læseren", status: "DRAFT" };
    expect(await getVersionReader(coordinator, { agreementId, number: String(number) })).toEqual({ canOpenWorkspace: true, drafts: [draft] });
    expect(await getVersionReader(coordinator, { agreementId, number: String(number + 1) })).toEqual({ canOpenWorkspace: true, drafts: [draft] });
    // Roskilde's coordinator coordinates a party too.
    expect((await getVersionReader(await actorOf("koordinator.roskilde@demo.dk"), { agreementId, number: String(number) })).drafts).toEqual([draft]);

    expect(await getVersionReader(gp, { agreementId, number: String(number) })).toEqual({ canOpenWorkspace: false, drafts: [] });
    expect(await getVersionReader(null, { agreementId, number: String(number) })).toEqual({ canOpenWorkspace: false, drafts: [] });
    await expect(getVersionReader(gp, { agreementId, number: String(number + 1) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVersionReader(null, { agreementId, number: String(number + 1) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVersionReader(gp, { agreementId: "no-such-agreement", number: "1" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
