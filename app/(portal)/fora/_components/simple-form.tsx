"use client";

import { useActionState, useId } from "react";
import { FormField, FormMessage, type FormFieldProps } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { FieldErrors } from "@/components/ui/field";
import { parseMessageRef } from "@/lib/validation/field-errors";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type SimpleField =
  | { kind: "field"; props: DistributiveOmit<FormFieldProps, "state"> }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean; hint?: string }
  | { kind: "checkboxes"; legend: string; options: { name: string; label: string; defaultChecked?: boolean }[] }
  | { kind: "row"; fields: DistributiveOmit<FormFieldProps, "state">[]; legend: string };

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden inputs (ids, the optimistic version). */
  hidden?: Record<string, string | number>;
  fields: SimpleField[];
  submitLabel: string;
  className?: string;
  /** A second, less prominent look for small inline forms. */
  compact?: boolean;
};

/**
 * A form of the forum and initiative pages: FormFields (label, hint, errors in a live region, echoed
 * values) plus check boxes in a fieldset, hidden ids, one submit button, the form message on top.
 */
export function SimpleForm({ action, hidden = {}, fields, submitLabel, className, compact }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const failed = state.status !== "idle" && state.status !== "success";
  const checked = (name: string, initial?: boolean) => (failed ? state.values[name] === "on" : !!initial);
  return (
    <form action={formAction} noValidate className={className ?? "max-w-3xl"}>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field, index) => {
        if (field.kind === "field") return <FormField key={field.props.name} {...field.props} state={state} />;
        if (field.kind === "checkbox") {
          return <Checkbox key={field.name} name={field.name} label={field.label} hint={field.hint} defaultChecked={checked(field.name, field.defaultChecked)} state={state} />;
        }
        if (field.kind === "row") {
          return (
            <fieldset key={`row-${index}`} className="mb-2 grid gap-x-4 sm:grid-cols-3">
              <legend className="sr-only">{field.legend}</legend>
              {field.fields.map((props) => (
                <FormField key={props.name} {...props} state={state} className="mb-2" />
              ))}
            </fieldset>
          );
        }
        return (
          <fieldset key={field.legend} className="mb-4 rounded-md border border-slate-300 p-3">
            <legend className="px-1 font-medium text-slate-900">{field.legend}</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {field.options.map((option) => (
                <label key={option.name} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    name={option.name}
                    defaultChecked={checked(option.name, option.defaultChecked)}
                    key={`${option.name}-${state.status}`}
                    className="h-5 w-5 accent-brand-700"
                  />
                  {option.label}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <button type="submit" disabled={pending} className={compact ? "rounded-md bg-brand-700 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-800" : "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"}>
        {submitLabel}
      </button>
      {failed && state.fieldErrors._form ? (
        <p className="mt-2 text-sm text-red-700">{state.fieldErrors._form.map((ref) => t.key(parseMessageRef(ref).key, parseMessageRef(ref).params)).join(" ")}</p>
      ) : null}
    </form>
  );
}

function Checkbox({ name, label, hint, defaultChecked, state }: { name: string; label: string; hint?: string; defaultChecked: boolean; state: ActionState }) {
  const id = useId();
  const errors = state.status !== "idle" && state.status !== "success" ? (state.fieldErrors[name] ?? []) : [];
  return (
    <div className="mb-4">
      <div className="flex items-center gap-2">
        <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} key={`${name}-${state.status}`} aria-describedby={`${id}-error${hint ? ` ${id}-hint` : ""}`} className="h-5 w-5 accent-brand-700" />
        <label htmlFor={id} className="font-medium text-slate-900">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
