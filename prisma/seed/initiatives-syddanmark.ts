/**
 * Region Syddanmark's initiatives (indsatser) with their 2019 decisions: one initiative per row of
 * prisma/seed/data/initiatives-status-2019.csv in its follow-up group, plus a couple in each extra group.
 * Each has a FINAL decision (Videreføres → CONTINUE, Afvikles → WIND_DOWN) taken at the group's
 * autumn meeting; a few also carry an earlier, superseded PROPOSED decision. Continuing initiatives
 * get focus periods and resource needs. The first group's planned meeting gets an agenda.
 * Natural key: Initiative (forum, importKey) with importKey = normaliseImportKey(title).
 */
import type { InitiativeDecisionKind, ResourceTag, YearHalf } from "@/lib/generated/prisma/enums";
import { normaliseImportKey } from "../../lib/domain/initiatives/import-key";
import type { InitiativeStatusRow } from "./csv";
import type { SyddanmarkForums } from "./forums-syddanmark";
import { EXTRA_INITIATIVES, INITIATIVE_TEXTS } from "./initiatives-syddanmark-texts";
import type { UserIndex } from "./users";
import { createHash } from "node:crypto";
import { date, intBetween, pick, prng, seedId, slug, type Tx } from "./util";

const DECISION: Record<"Videreføres" | "Afvikles", InitiativeDecisionKind> = { Videreføres: "CONTINUE", Afvikles: "WIND_DOWN" };
const WORD: Record<InitiativeDecisionKind, string> = { CONTINUE: "Videreføres", WIND_DOWN: "Afvikles" };

const FOCUS_ACTIVITIES = ["Revision", "Implementering", "Evaluering", "Udbredelse til alle kommuner", "Opfølgning på audit", "Temadag for fagpersoner"];
const RESOURCE_SETS: { tags: ResourceTag[]; text: string }[] = [
  { tags: ["WORKING_GROUP", "SECRETARIAT"], text: "Arbejdsgruppe med repræsentanter for sygehuse, kommuner og almen praksis; sekretariatsbistand fra Region Syddanmark." },
  { tags: ["WORKING_GROUP"], text: "Den eksisterende arbejdsgruppe fortsætter med 4–6 møder om året." },
  { tags: ["THEME_DAY", "SECRETARIAT"], text: "En tværsektoriel temadag for fagpersoner samt sekretariatsbistand til planlægning." },
  { tags: ["WORKSHOP", "WORKING_GROUP"], text: "To workshops med fagpersoner og en lille skrivegruppe." },
  { tags: ["BUDGET", "PILOT"], text: "Pilotafprøvning i 2–3 kommuner; budget til frikøb af medarbejdere afklares i DAK." },
  { tags: ["SECRETARIAT"], text: "Løbende opdatering ved sekretariatet; ingen særskilte ressourcer." },
  { tags: ["CANNOT_BE_ASSESSED"], text: "Ressourcebehovet kan først vurderes, når den nationale udmelding foreligger." },
];

interface InitiativeInput {
  forumId: string;
  title: string;
  description: string;
  decision: InitiativeDecisionKind;
  reasoning: string;
}

export async function seedInitiativesSyddanmark(tx: Tx, forums: SyddanmarkForums, users: UserIndex, rows: InitiativeStatusRow[]): Promise<void> {
  const groupByName = new Map(forums.groups.map((g) => [g.name, g]));
  const inputs: InitiativeInput[] = [];
  for (const row of rows) {
    const group = groupByName.get(row.group);
    if (!group) throw new Error(`seed: no follow-up group for "${row.group}"`);
    const texts = INITIATIVE_TEXTS[row.initiative] ?? Object.entries(INITIATIVE_TEXTS).find(([title]) => normaliseImportKey(title) === normaliseImportKey(row.initiative))?.[1];
    inputs.push({
      forumId: group.id,
      title: row.initiative,
      description: texts?.[0] ?? `Indsats under ${row.group.replace(/^F/, "f")}.`,
      decision: DECISION[row.decision],
      reasoning: texts?.[1] ?? (row.decision === "Videreføres" ? "Indsatsen er fortsat relevant og skal følges i den kommende periode." : "Indsatsen er gennemført eller overgået til drift."),
    });
  }
  for (const group of forums.groups.filter((g) => !g.fromCsv)) {
    for (const extra of EXTRA_INITIATIVES[group.name] ?? []) {
      inputs.push({ forumId: group.id, title: extra.title, description: extra.description, decision: DECISION[extra.decision], reasoning: extra.reasoning });
    }
  }

  const secretary = users["sekretaer.syddanmark@demo.dk"];
  const groupById = new Map(forums.groups.map((g) => [g.id, g]));
  const initiativeIds: { id: string; forumId: string; title: string; decision: InitiativeDecisionKind }[] = [];
  for (const [index, input] of inputs.entries()) {
    const group = groupById.get(input.forumId)!;
    const importKey = normaliseImportKey(input.title);
    // Deterministic id from the group and the normalised title (stable if the CSV's rows are reordered).
    const key = seedId("initiative", slug(group.name.replace(/^Følgegruppen for /, "")).slice(0, 24), createHash("sha1").update(importKey).digest("hex").slice(0, 10));
    const random = prng(`initiative-${importKey}`);
    const continues = input.decision === "CONTINUE";
    const resources = continues ? pick(random, RESOURCE_SETS) : { tags: ["NONE"] as ResourceTag[], text: "Ingen – indsatsen afvikles." };
    const data = {
      title: input.title,
      description: input.description,
      status: "ONGOING" as const,
      progress: continues ? intBetween(random, 2, 8) * 10 : 100,
      focusText: continues ? `Særligt fokus i 2020: ${input.reasoning.charAt(0).toLowerCase()}${input.reasoning.slice(1)}` : null,
      resourceTags: resources.tags,
      resourcesText: resources.text,
    };
    const { id } = await tx.initiative.upsert({
      where: { forumId_importKey: { forumId: input.forumId, importKey } },
      create: { id: key, forumId: input.forumId, importKey, ...data },
      update: data,
      select: { id: true },
    });
    initiativeIds.push({ id, forumId: input.forumId, title: input.title, decision: input.decision });

    // Decisions: the final one at the group's autumn meeting; every sixth initiative also shows the
    // spring proposal it replaced (wound-down ones were first proposed continued).
    const spring = group.held[0];
    const autumn = group.held[group.held.length - 1];
    const decidedOn = date(autumn.startsAt.toISOString().slice(0, 10));
    const finalDecision = {
      initiativeId: id,
      decision: input.decision,
      stage: "FINAL" as const,
      justification: `${WORD[input.decision]}. ${input.reasoning}`,
      forumId: input.forumId,
      meetingId: autumn.id,
      decidedOn,
      recordedById: secretary,
      supersededAt: null,
      createdAt: autumn.startsAt,
    };
    const finalId = `${key}-decision-final`;
    await tx.initiativeDecision.upsert({ where: { id: finalId }, create: { id: finalId, ...finalDecision }, update: finalDecision });
    if (index % 6 === 2) {
      const proposed: InitiativeDecisionKind = "CONTINUE";
      const proposal = {
        initiativeId: id,
        decision: proposed,
        stage: "PROPOSED" as const,
        justification:
          input.decision === "WIND_DOWN"
            ? "Videreføres. Tovholderen foreslår at fortsætte, indtil erfaringerne er samlet op."
            : `Videreføres. ${input.reasoning}`,
        forumId: input.forumId,
        meetingId: spring.id,
        decidedOn: date(spring.startsAt.toISOString().slice(0, 10)),
        recordedById: secretary,
        supersededAt: autumn.startsAt,
        createdAt: spring.startsAt,
      };
      const proposalId = `${key}-decision-proposed`;
      await tx.initiativeDecision.upsert({ where: { id: proposalId }, create: { id: proposalId, ...proposal }, update: proposal });
    }

    if (continues) {
      const periods: { year: number; half: YearHalf; activity: string }[] = [{ year: 2020, half: "H1", activity: pick(random, FOCUS_ACTIVITIES) }];
      if (random() < 0.5) periods.push({ year: 2020, half: "H2", activity: pick(random, FOCUS_ACTIVITIES) });
      for (const [n, p] of periods.entries()) {
        const periodId = `${key}-focus-${n + 1}`;
        const period = { initiativeId: id, ...p };
        await tx.initiativeFocusPeriod.upsert({ where: { id: periodId }, create: { id: periodId, ...period }, update: period });
      }
    }
  }

  // The coordination group's comment on one proposal and the follow-up group's reply (seed 003).
  const firstGroup = forums.groups[0];
  const commented = initiativeIds.find((i) => i.forumId === firstGroup.id && i.decision === "CONTINUE");
  if (commented) {
    const commentId = `${seedId("initiative-comment", commented.id)}-1`;
    const comment = {
      initiativeId: commented.id,
      parentId: null,
      forumId: forums.coordinationGroup,
      authorId: secretary,
      body: "Koordinationsgruppen bakker op om videreførelsen, men beder følgegruppen koordinere med følgegruppen for psykiatri og sociale forhold, så arbejdet ikke gøres to gange.",
      createdAt: new Date("2019-10-24T12:30:00Z"),
    };
    await tx.initiativeComment.upsert({ where: { id: commentId }, create: { id: commentId, ...comment }, update: comment });
    const replyId = `${seedId("initiative-comment", commented.id)}-2`;
    const reply = {
      initiativeId: commented.id,
      parentId: commentId,
      forumId: firstGroup.id,
      authorId: users["formand@demo.dk"],
      body: "Følgegruppen er enig. Formændene for de to grupper aftaler et fælles møde i januar 2020.",
      createdAt: new Date("2019-11-04T08:15:00Z"),
    };
    await tx.initiativeComment.upsert({ where: { id: replyId }, create: { id: replyId, ...reply }, update: reply });
  }

  // Agenda of the first group's planned meeting, with items linked to continuing initiatives.
  if (firstGroup.plannedMeetingId) {
    const linked = initiativeIds.filter((i) => i.forumId === firstGroup.id && i.decision === "CONTINUE").slice(0, 3);
    const items = [
      { title: "Godkendelse af dagsorden og referat fra sidste møde", description: null, initiativeId: null },
      ...linked.map((i) => ({ title: `Status: ${i.title}`, description: "Tovholderen orienterer om fremdrift, fokusperiode og ressourcebehov.", initiativeId: i.id })),
      { title: "Forberedelse af næste statusskema til Koordinationsgruppen", description: "Drøftelse af, hvilke indsatser der skal foreslås videreført eller afviklet.", initiativeId: null },
      { title: "Eventuelt", description: null, initiativeId: null },
    ];
    for (const [position, item] of items.entries()) {
      const id = `${firstGroup.plannedMeetingId}-item-${position + 1}`;
      const data = { meetingId: firstGroup.plannedMeetingId, position, title: item.title, description: item.description, initiativeId: item.initiativeId, sectionId: null, decision: null };
      await tx.agendaItem.upsert({ where: { id }, create: { id, ...data }, update: data });
    }
  }
}
