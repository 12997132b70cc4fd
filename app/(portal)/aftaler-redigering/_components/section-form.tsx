"use client";

import { useActionState, useState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { isSectionConflict } from "@/lib/domain/agreements/conflict";
import { hasChanges } from "@/lib/domain/agreements/diff";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import { DiffView } from "@/app/(public)/aftaler/_components/diff-view";
import { renderMarkdown } from "@/lib/markdown/render";
import { Prose } from "@/components/ui";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

export type SectionFormValues = { sectionId: string; version: number; kind: string; number: string; title: string; body: string; layer: string; area: string };

/**
 * Editing a section's text. No lost updates: the form carries the `version` it was opened with. If
 * someone saved in between, the save is refused and this form shows who saved, when, and what they
 * changed (a word diff from the text this user started from), plus their saved text — while the
 * fields keep this user's own text. Saving again then deliberately replaces the other version.
 */
export function SectionForm({
  action,
  initial,
  options,
}: {
  action: Action;
  initial: SectionFormValues;
  options: { kind: Option[]; layer: Option[]; area: Option[] };
}) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const conflict = state.status === "conflict" && isSectionConflict(state.current) ? state.current : null;
  // The preview follows the text as it is typed (without script it shows the text the form opened with).
  const [body, setBody] = useState(initial.body);
  const labels = { added: t("agreements.diff.added"), removed: t("agreements.diff.removed"), addedEnd: t("agreements.diff.addedEnd"), removedEnd: t("agreements.diff.removedEnd") };

  return (
    <form
      action={formAction}
      noValidate
      className="space-y-2"
      onChange={(event) => {
        const field = event.target;
        if (field instanceof HTMLTextAreaElement && field.name === "body") setBody(field.value);
      }}
    >
      <FormMessage state={state} />
      {conflict ? (
        <section aria-labelledby="conflict-title" className="mb-6 rounded-lg border-2 border-red-700 bg-white p-4">
          <h2 id="conflict-title" className="text-xl font-semibold text-red-900">
            {t("agreements.conflict.title")}
          </h2>
          <p className="mt-1">
            {t("agreements.conflict.savedBy", { name: conflict.savedBy ?? t("agreements.history.unknownAuthor"), when: formatDateTime(conflict.savedAt) })}
          </p>
          <p className="mt-1 font-semibold">{t("agreements.conflict.kept")}</p>
          {conflict.changes ? (
            <div className="mt-3 space-y-3">
              <p className="text-sm text-slate-800">{t("agreements.conflict.theirChanges")}</p>
              {hasChanges(conflict.changes.number) ? (
                <div>
                  <h3 className="font-semibold">{t("agreements.sectionField.number")}</h3>
                  <DiffView parts={conflict.changes.number} labels={labels} />
                </div>
              ) : null}
              {hasChanges(conflict.changes.title) ? (
                <div>
                  <h3 className="font-semibold">{t("agreements.sectionField.title")}</h3>
                  <DiffView parts={conflict.changes.title} labels={labels} />
                </div>
              ) : null}
              <div>
                <h3 className="font-semibold">{t("agreements.sectionField.body")}</h3>
                <DiffView parts={conflict.changes.body} labels={labels} />
              </div>
            </div>
          ) : (
            <div className="mt-3">
              <h3 className="font-semibold">{t("agreements.conflict.theirText")}</h3>
              <p className="font-semibold">
                {conflict.number} {conflict.title}
              </p>
              <div className="whitespace-pre-wrap rounded-md border border-slate-200 p-3">{conflict.body}</div>
            </div>
          )}
        </section>
      ) : null}
      <input type="hidden" name="sectionId" value={initial.sectionId} />
      {/* After a conflict the next save is made against the version just shown. */}
      <input type="hidden" name="version" value={String(conflict ? conflict.version : initial.version)} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <FormField name="number" label={t("agreements.section.number")} hint={t("agreements.section.numberHint")} required defaultValue={initial.number} state={state} />
        <FormField as="select" name="kind" label={t("agreements.section.kind")} options={options.kind} required defaultValue={initial.kind} state={state} />
        <FormField as="select" name="layer" label={t("agreements.section.layer")} options={options.layer} required defaultValue={initial.layer} state={state} />
      </div>
      <FormField name="title" label={t("agreements.section.title")} required defaultValue={initial.title} state={state} />
      <FormField as="select" name="area" label={t("agreements.section.area")} options={options.area} required defaultValue={initial.area} state={state} />
      <FormField as="textarea" name="body" label={t("agreements.section.body")} hint={t("agreements.section.bodyHint")} rows={16} defaultValue={initial.body} state={state} />
      {/* The same renderer as the public page (lib/markdown), so what is previewed is what is published. */}
      <details className="mb-4 rounded-md border border-slate-200 bg-white">
        <summary className="cursor-pointer px-3 py-2 font-semibold text-brand-800 underline">{t("agreements.section.preview")}</summary>
        <div className="border-t border-slate-200 p-3">
          {body.trim() ? <Prose lang="da" dangerouslySetInnerHTML={{ __html: renderMarkdown(body, { headingOffset: 2 }) }} /> : <p className="text-slate-700">{t("agreements.section.previewEmpty")}</p>}
        </div>
      </details>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {conflict ? t("agreements.conflict.saveAnyway") : t("agreements.section.save")}
      </button>
    </form>
  );
}
