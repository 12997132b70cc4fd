"use server";
/**
 * Server actions of the adverse-event pages, declared through defineAction: each hands the form and
 * the actor to a domain operation (lib/domain/adverse-events), which parses, scopes, decides and writes.
 */
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/rules/actor";
import { formValues } from "@/lib/domain/action-state";
import { reportAdverseEvent } from "@/lib/domain/adverse-events/report-adverse-event";
import { gradeAdverseEvent } from "@/lib/domain/adverse-events/grade-adverse-event";
import { analyseAdverseEvent } from "@/lib/domain/adverse-events/analyse-adverse-event";
import { closeAdverseEvent } from "@/lib/domain/adverse-events/close-adverse-event";
import type { AdverseEventChangeDto } from "@/lib/domain/adverse-events/dto";
import type { AdverseEventStep } from "@/lib/rules/adverse-events";

const opened = (event: AdverseEventChangeDto, done: string) => ({ redirect: `/haendelser/${encodeURIComponent(event.id)}?udfoert=${done}` });

export const reportAdverseEventAction = defineAction({
  name: "adverseEvents.report",
  input: (formData: FormData) => ({ ...formValues(formData), partyIds: formData.getAll("partyIds") }),
  run: reportAdverseEvent,
  revalidate: ["/haendelser"],
  done: (event) => opened(event, "reported"),
});

function step(name: AdverseEventStep, run: (actor: Actor | null, input: unknown) => Promise<AdverseEventChangeDto>) {
  return defineAction({ name: `adverseEvents.${name}`, run, revalidate: ["/haendelser"], done: (event) => opened(event, name) });
}

export const gradeAdverseEventAction = step("grade", gradeAdverseEvent);
export const analyseAdverseEventAction = step("analyse", analyseAdverseEvent);
export const closeAdverseEventAction = step("close", closeAdverseEvent);
