"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { isRowConflict } from "@/lib/domain/agreements/conflict";
import { useT } from "@/lib/i18n/client";

export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  as?: "input" | "textarea" | "select";
  type?: "text" | "number" | "date" | "search";
  options?: { value: string; label: string }[];
  placeholder?: string;
  defaultValue?: string;
  rows?: number;
  className?: string;
};

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One form of the editing pages, described as data: hidden values, FormFields and a submit button,
 * with the action's message in a live region. After a stale save (someone else saved first) the
 * hidden `version` becomes the current one, so saving again is a deliberate overwrite after the
 * message has said so; the user's input is kept (echoed by the action).
 */
export function SimpleForm({
  action,
  fields = [],
  hidden = {},
  submitLabel,
  submitClassName,
  className,
  fieldsClassName,
  describedBy,
}: {
  action: Action;
  fields?: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: React.ReactNode;
  submitClassName?: string;
  className?: string;
  fieldsClassName?: string;
  /** Id of a text that explains the button (e.g. what sending to consultation means). */
  describedBy?: string;
}) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const conflict = state.status === "conflict" && isRowConflict(state.current) ? state.current : null;
  return (
    <form action={formAction} noValidate className={className}>
      <FormMessage state={state} />
      {conflict ? <p className="mb-3 text-red-900">{t("agreements.conflict.rowHint")}</p> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={name === "version" && conflict ? String(conflict.version) : value} />
      ))}
      {fields.length > 0 ? (
        <div className={fieldsClassName}>
          {fields.map((f) =>
            f.as === "textarea" ? (
              <FormField key={f.name} as="textarea" name={f.name} label={f.label} hint={f.hint} required={f.required} defaultValue={f.defaultValue} rows={f.rows} state={state} className={f.className} />
            ) : f.as === "select" ? (
              <FormField
                key={f.name}
                as="select"
                name={f.name}
                label={f.label}
                hint={f.hint}
                required={f.required}
                defaultValue={f.defaultValue}
                options={f.options ?? []}
                placeholder={f.placeholder}
                state={state}
                className={f.className}
              />
            ) : (
              <FormField key={f.name} name={f.name} type={f.type ?? "text"} label={f.label} hint={f.hint} required={f.required} defaultValue={f.defaultValue} state={state} className={f.className} />
            ),
          )}
        </div>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        aria-describedby={describedBy}
        className={submitClassName ?? "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"}
      >
        {submitLabel}
      </button>
    </form>
  );
}
