"use client";

import { useId } from "react";
import { FieldErrors } from "@/components/ui/field";

/**
 * A group of checkboxes or radio buttons in a fieldset with a legend — what FormField
 * (components/forms/form-field.tsx) does not cover — with the same hint and error pattern: the
 * errors in a polite live region the inputs reference with aria-describedby.
 */
export function ChoiceGroup(props: {
  type: "checkbox" | "radio";
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValues?: readonly string[];
  errors?: readonly string[];
  required?: boolean;
  columns?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, errorId].filter(Boolean).join(" ");
  const errors = props.errors ?? [];
  const key = (props.defaultValues ?? []).join(",");
  return (
    <fieldset className="mb-4" aria-describedby={describedBy} aria-invalid={errors.length > 0 || undefined}>
      <legend className="font-medium text-slate-900">
        {props.legend}
        {props.required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </legend>
      {props.hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {props.hint}
        </p>
      ) : null}
      <div key={key} className={props.columns ? "mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2" : "mt-2 space-y-2"}>
        {props.options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-slate-900">
            <input
              type={props.type}
              name={props.name}
              value={option.value}
              defaultChecked={props.defaultValues?.includes(option.value)}
              required={props.type === "radio" && props.required ? true : undefined}
              className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}

/** One checkbox with its own label and error region (e.g. "consent noted"). */
export function SingleCheckbox(props: { name: string; label: string; defaultChecked?: boolean; errors?: readonly string[] }) {
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
          aria-describedby={`${id}-error`}
          aria-invalid={errors.length > 0 || undefined}
          className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
        />
        <span>{props.label}</span>
      </label>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
