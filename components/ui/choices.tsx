"use client";

import { useId } from "react";
import { FieldErrors } from "./field";

/*
 * The choices FormField (./field.tsx) does not cover, with its pattern — a hint, and the errors in a
 * polite live region (FieldErrors) the inputs reference with aria-describedby:
 *   ChoiceGroup  check boxes or radio buttons of one name in a fieldset with a legend
 *   Checkbox     one check box with its own label (e.g. "consent noted")
 *   CheckboxSet  a fieldset of check boxes of different names sharing one error (e.g. four conditions)
 * The `key`s below re-mount the inputs when the echoed values change after a failed submit, so an
 * uncontrolled input shows what the person had chosen.
 */

const BOX = "mt-1 h-4 w-4 shrink-0 accent-brand-700";
const LAYOUT = { 1: "mt-2 space-y-2", 2: "mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2", 3: "mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-3" } as const;

function describedBy(id: string, hint: string | undefined): string {
  return [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
}

function Hint({ id, hint, className = "text-sm text-slate-700" }: { id: string; hint?: string; className?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className={className}>
      {hint}
    </p>
  ) : null;
}

export function ChoiceGroup(props: {
  type: "checkbox" | "radio";
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValues?: readonly string[];
  errors?: readonly string[];
  required?: boolean;
  /** Columns from the small breakpoint on; one below it, always. */
  columns?: 1 | 2 | 3;
}) {
  const id = useId();
  const errors = props.errors ?? [];
  return (
    <fieldset className="mb-4" aria-describedby={describedBy(id, props.hint)} aria-invalid={errors.length > 0 || undefined}>
      <legend className="font-medium text-slate-900">
        {props.legend}
        {props.required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </legend>
      <Hint id={id} hint={props.hint} />
      <div key={(props.defaultValues ?? []).join(",")} className={LAYOUT[props.columns ?? 1]}>
        {props.options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-slate-900">
            <input
              type={props.type}
              name={props.name}
              value={option.value}
              defaultChecked={props.defaultValues?.includes(option.value)}
              required={props.type === "radio" && props.required ? true : undefined}
              className={BOX}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

export function Checkbox(props: { name: string; label: string; hint?: string; defaultChecked?: boolean; errors?: readonly string[] }) {
  const id = useId();
  const errors = props.errors ?? [];
  return (
    <div className="mb-4">
      <label htmlFor={id} className="flex items-start gap-2 font-medium text-slate-900">
        <input
          key={String(props.defaultChecked)}
          id={id}
          type="checkbox"
          name={props.name}
          defaultChecked={props.defaultChecked}
          aria-describedby={describedBy(id, props.hint)}
          aria-invalid={errors.length > 0 || undefined}
          className={BOX}
        />
        <span>{props.label}</span>
      </label>
      <Hint id={id} hint={props.hint} className="ml-6 text-sm text-slate-700" />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function CheckboxSet(props: { legend: string; hint?: string; errors?: readonly string[]; items: { name: string; label: string; defaultChecked: boolean }[] }) {
  const id = useId();
  const errors = props.errors ?? [];
  return (
    <fieldset className="mb-4 rounded-md border border-slate-300 p-3" aria-describedby={describedBy(id, props.hint)} aria-invalid={errors.length > 0 || undefined}>
      <legend className="px-1 font-medium text-slate-900">{props.legend}</legend>
      <Hint id={id} hint={props.hint} className="mb-2 text-sm text-slate-700" />
      {props.items.map((item) => (
        <label key={item.name} className="mb-1 flex items-start gap-2 text-slate-900">
          <input key={String(item.defaultChecked)} type="checkbox" name={item.name} defaultChecked={item.defaultChecked} className={BOX} />
          <span>{item.label}</span>
        </label>
      ))}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
