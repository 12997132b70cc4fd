"use client";

import { useActionState, useId } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { parseMessageRef } from "@/lib/validation/field-errors";
import { previewImportAction } from "../../actions";
import { Button } from "@/components/ui";

/**
 * Upload of a status table. The file input is written out here (FormField has no file type) with the
 * same accessible pattern: visible label, hint and errors referenced by aria-describedby, announced.
 */
export function UploadForm({ forumId, mayRecordFinal }: { forumId: string; mayRecordFinal: boolean }) {
  const t = useT();
  const id = useId();
  const [state, action, pending] = useActionState(previewImportAction, IDLE);
  const errors = state.status !== "idle" && state.status !== "success" ? [...(state.fieldErrors.file ?? []), ...(state.fieldErrors["file.bytes"] ?? []), ...(state.fieldErrors["file.name"] ?? [])] : [];
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      <input type="hidden" name="forumId" value={forumId} />
      <div className="mb-4">
        <label htmlFor={id} className="block font-medium text-slate-900">
          {t("initiatives.import.file")}
          <span aria-hidden="true" className="text-red-700"> *</span>
        </label>
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {t("initiatives.import.fileHint")}
        </p>
        <input
          id={id}
          type="file"
          name="file"
          accept=".csv,text/csv"
          required
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        <div id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
          {errors.map((ref) => {
            const { key, params } = parseMessageRef(ref);
            return <p key={ref}>{t.key(key, params)}</p>;
          })}
        </div>
      </div>
      <FormField
        as="select"
        name="stage"
        label={t("initiatives.import.stage")}
        hint={t("initiatives.import.stageHint")}
        defaultValue="PROPOSED"
        options={[
          { value: "PROPOSED", label: t("initiatives.stage.PROPOSED") },
          ...(mayRecordFinal ? [{ value: "FINAL", label: t("initiatives.stage.FINAL") }] : []),
        ]}
        state={state}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("initiatives.import.reading") : t("initiatives.import.upload")}
      </Button>
    </form>
  );
}
