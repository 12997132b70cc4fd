"use client";

import { useId, useState } from "react";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { Button } from "@/components/ui";

/**
 * Upload of a status table: a plain multipart form post to /api/initiativer/import (works without
 * JavaScript), which has its own body limit — server actions keep the small default. A refused file
 * comes back here with ?fejl=…, shown at the field (`errorKey`). The file input is written out here
 * (FormField has no file type) with the same accessible pattern: visible label, hint and errors
 * referenced by aria-describedby, announced.
 */
export function UploadForm({ forumId, mayRecordFinal, errorKey }: { forumId: string; mayRecordFinal: boolean; errorKey: string | null }) {
  const t = useT();
  const id = useId();
  const [pending, setPending] = useState(false);
  return (
    <form action={`/api/initiativer/import?forumId=${encodeURIComponent(forumId)}`} method="post" encType="multipart/form-data" noValidate className="max-w-2xl" onSubmit={() => setPending(true)}>
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
          autoFocus={errorKey !== null}
          aria-invalid={errorKey !== null || undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        <div id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
          {errorKey ? <p>{t.key(errorKey)}</p> : null}
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
        state={IDLE}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("initiatives.import.reading") : t("initiatives.import.upload")}
      </Button>
    </form>
  );
}
