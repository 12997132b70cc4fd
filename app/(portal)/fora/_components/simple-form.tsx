"use client";

import { useActionState } from "react";
import { FormField, FormMessage, type FormFieldProps } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { Checkbox, CheckboxSet } from "@/components/ui/choices";
import { Button } from "@/components/ui";
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
          return <Checkbox key={field.name} name={field.name} label={field.label} hint={field.hint} defaultChecked={checked(field.name, field.defaultChecked)} errors={failed ? (state.fieldErrors[field.name] ?? []) : []} />;
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
          <CheckboxSet
            key={field.legend}
            legend={field.legend}
            items={field.options.map((option) => ({ name: option.name, label: option.label, defaultChecked: checked(option.name, option.defaultChecked) }))}
          />
        );
      })}
      <Button disabled={pending} variant={compact ? "small" : "primary"}>
        {submitLabel}
      </Button>
      {failed && state.fieldErrors._form ? (
        <p className="mt-2 text-sm text-red-700">{state.fieldErrors._form.map((ref) => t.key(parseMessageRef(ref).key, parseMessageRef(ref).params)).join(" ")}</p>
      ) : null}
    </form>
  );
}
