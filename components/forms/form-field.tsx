"use client";

import { useId } from "react";
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
 * The one form field of the portal (WCAG 2.1 AA): a visible label tied to the control, an optional
 * hint, and the field's errors in the user's language in an element the control references with
 * aria-describedby, announced politely. After a failed submit the control shows what the user typed
 * (React 19 resets forms after an action, so the action echoes `values`).
 */
export function FormField(props: FormFieldProps) {
  const t = useT();
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
      <div id={errorId} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
        {errors.map((ref) => {
          const { key, params } = parseMessageRef(ref);
          return <p key={ref}>{t.key(key, params)}</p>;
        })}
      </div>
    </div>
  );
}

/** The form-level message (success, conflict, forbidden…) in a live region. */
export function FormMessage({ state }: { state: ActionState }) {
  const t = useT();
  if (state.status === "idle") return <div role="status" aria-live="polite" />;
  const success = state.status === "success";
  return (
    <div
      role={success ? "status" : "alert"}
      aria-live={success ? "polite" : "assertive"}
      className={`mb-4 rounded-md border p-3 ${success ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
    >
      {t.key(state.messageKey, state.params)}
    </div>
  );
}
