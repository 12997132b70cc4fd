import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { ensureReadable, loadForumAccess } from "@/lib/domain/forums/access";
import { getForumInput } from "@/lib/domain/forums/schemas";

export type LinkTargetsDto = {
  sections: { id: string; label: string }[];
  goals: { id: string; label: string }[];
};

const LIMIT = 1000;

/**
 * What an initiative of a forum can be linked to: the sections and goals of the agreements of the
 * forum's region (newest version first). Agreements are public documents; the forum must be readable.
 */
export async function listLinkTargets(actor: Actor | null, input: unknown): Promise<LinkTargetsDto> {
  const data = parseInput(getForumInput, input);
  const access = await loadForumAccess(db, actor);
  ensureReadable(access, data.forumId);
  const regionId = access.byId.get(data.forumId)!.regionId;
  const versionWhere = { agreement: { regionId } };
  const [sections, goals] = await Promise.all([
    db.section.findMany({
      where: { agreementVersion: versionWhere, kind: { in: ["CHAPTER", "SECTION"] } },
      orderBy: [{ agreementVersion: { number: "desc" } }, { position: "asc" }],
      take: LIMIT,
      select: { id: true, number: true, title: true, agreementVersion: { select: { label: true } } },
    }),
    db.goal.findMany({
      where: { agreementVersion: versionWhere },
      orderBy: [{ agreementVersion: { number: "desc" } }, { position: "asc" }],
      take: LIMIT,
      select: { id: true, number: true, statement: true, agreementVersion: { select: { label: true } } },
    }),
  ]);
  return {
    sections: sections.map((s) => ({ id: s.id, label: `${s.number} ${s.title} (${s.agreementVersion.label})` })),
    goals: goals.map((g) => ({ id: g.id, label: `${g.number} ${g.statement.slice(0, 120)} (${g.agreementVersion.label})` })),
  };
}
