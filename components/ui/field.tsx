"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Banner } from "./banner";
import { useT } from "@/lib/i18n/client";
import { parseMessageRef } from "@/lib/validation/field-errors";
import type { ActionState } from "@/lib/domain/action-state";

type Common = {
  /** The form field name; also the key of its errors in the action state. */
  name: string;
  /** The visible label, already translated. */
  label: string;
  /** Help text shown under the label, already translated. */
  hint?: string;
  state: ActionState;
  required?: boolean;
  className?: string;
};

type InputProps = Common & {
  as?: "input";
  type?: "text" | "email" | "password" | "number" | "date" | "tel" | "url" | "search";
  defaultValue?: string;
  autoComplete?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
};
type TextareaProps = Common & { as: "textarea"; defaultValue?: string; rows?: number };
type SelectProps = Common & { as: "select"; defaultValue?: string; options: { value: string; label: string }[]; placeholder?: string };

export type FormFieldProps = InputProps | TextareaProps | SelectProps;

/**
 * The one form field of the portal (components/ui) (WCAG 2.1 AA): a visible label tied to the control, an optional
 * hint, and the field's errors in the user's language in an element the control references with
 * aria-describedby, announced politely. After a failed submit the control shows what the user typed
 * (React 19 resets forms after an action, so the action echoes `values`).
 */
export function FormField(props: FormFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const errors = props.state.status !== "idle" && props.state.status !== "success" ? (props.state.fieldErrors[props.name] ?? []) : [];
  const echoed = props.state.status !== "idle" && props.state.status !== "success" ? props.state.values[props.name] : undefined;
  const value = echoed ?? props.defaultValue;
  const describedBy = [props.hint ? hintId : null, errorId].filter(Boolean).join(" ");
  const invalid = errors.length > 0;
  const controlClass = `mt-1 block w-full rounded-md border px-3 py-2 text-base shadow-sm focus:border-brand-600 ${
    invalid ? "border-red-700" : "border-slate-400"
  } bg-white`;
  const common = {
    id,
    name: props.name,
    required: props.required,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    className: controlClass,
  };

  return (
    <div className={props.className ?? "mb-4"}>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {props.label}
        {props.required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      {props.hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {props.hint}
        </p>
      ) : null}
      {props.as === "textarea" ? (
        <textarea {...common} key={value} defaultValue={value} rows={props.rows ?? 4} />
      ) : props.as === "select" ? (
        <select {...common} key={value} defaultValue={value ?? ""}>
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          key={value}
          type={props.type ?? "text"}
          defaultValue={props.type === "password" ? undefined : value}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
        />
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** A field's errors in the user's language, in a polite live region the control references with aria-describedby. */
export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  const t = useT();
  return (
    <div id={id} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
      {errors.map((ref) => {
        const { key, params } = parseMessageRef(ref);
        return <p key={ref}>{t.key(key, params)}</p>;
      })}
    </div>
  );
}

/**
 * The form-level message (success, conflict, forbidden…) in a live region, and after a submit with
 * field errors the error summary (GOV.UK pattern): one entry per field in error, each moving the focus
 * to its control; the summary itself takes the focus so a screen reader hears what went wrong.
 */
export function FormMessage({ state }: { state: ActionState }) {
  const t = useT();
  if (state.status === "idle") return <div role="status" aria-live="polite" />;
  const success = state.status === "success";
  return (
    <>
      <Banner tone={success ? "success" : "error"} live className="mb-4">
        {t.key(state.messageKey, state.params)}
      </Banner>
      {!success && state.summary && state.summary.length > 0 ? <ErrorSummary fields={[...new Set(state.summary.map((item) => item.field))]} /> : null}
    </>
  );
}

/**
 * The fields in error, named by their labels, as buttons that focus each control (found by name in
 * the same form). Drawn after the form has rendered (the labels are the form's own); without
 * JavaScript the messages at the fields remain.
 */
export function ErrorSummary({ fields }: { fields: string[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [labels, setLabels] = useState<{ field: string; label: string }[]>([]);
  const key = fields.join("|");
  useEffect(() => {
    const form = ref.current?.closest("form");
    const found = key
      .split("|")
      .map((field) => {
        const control = form?.elements.namedItem(field);
        const element = control instanceof Element ? control : null;
        const label = element?.id ? form?.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.replace(/\s*\*$/, "").trim() : undefined;
        return label ? { field, label } : null;
      })
      .filter((item): item is { field: string; label: string } => item !== null);
    setLabels(found);
    if (found.length) ref.current?.focus();
  }, [key]);
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby={labels.length ? `${key}-summary` : undefined} className={labels.length ? "mb-4 rounded-md border-2 border-red-700 bg-white p-3 focus:outline-2 focus:outline-offset-2 focus:outline-red-700" : "hidden"}>
      {labels.length ? (
        <>
          <p id={`${key}-summary`} className="font-semibold text-red-900">
            {t("forms.errorSummary.title")}
          </p>
          <ul className="mt-1 list-disc pl-6">
            {labels.map((item) => (
              <li key={item.field}>
                <button
                  type="button"
                  className="font-medium text-red-900 underline"
                  onClick={(event) => {
                    const control = event.currentTarget.closest("form")?.elements.namedItem(item.field);
                    if (control instanceof HTMLElement) control.focus();
                  }}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
