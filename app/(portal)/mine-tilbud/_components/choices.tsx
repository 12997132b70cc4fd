"use client";

import { useId } from "react";
import { FieldErrors } from "@/components/ui/field";

/*
 * What FormField (components/ui/field.tsx) does not cover, with its pattern: a checkbox group in a
 * fieldset with a legend, and a single checkbox — each with a hint and its errors (FieldErrors) in a
 * polite live region the inputs reference with aria-describedby.
 */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValues: readonly string[];
  errors?: readonly string[];
  columns?: boolean;
}) {
  const id = useId();
  const errors = props.errors ?? [];
  const describedBy = [props.hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <fieldset className="mb-4" aria-describedby={describedBy} aria-invalid={errors.length > 0 || undefined}>
      <legend className="font-medium text-slate-900">{props.legend}</legend>
      {props.hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {props.hint}
        </p>
      ) : null}
      <div key={props.defaultValues.join(",")} className={props.columns ? "mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-3" : "mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2"}>
        {props.options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-slate-900">
            <input
              type="checkbox"
              name={props.name}
              value={option.value}
              defaultChecked={props.defaultValues.includes(option.value)}
              className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

export function Checkbox(props: { name: string; label: string; defaultChecked: boolean; errors?: readonly string[]; className?: string }) {
  const id = useId();
  const errors = props.errors ?? [];
  return (
    <div className={props.className ?? "mb-3"}>
      <label htmlFor={id} className="flex items-start gap-2 text-slate-900">
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

/** A fieldset of related checkboxes sharing one error (e.g. the four conditions). */
export function CheckboxSet(props: { legend: string; hint?: string; errors?: readonly string[]; items: { name: string; label: string; defaultChecked: boolean }[] }) {
  const id = useId();
  const errors = props.errors ?? [];
  return (
    <fieldset className="mb-4 rounded-md border border-slate-300 p-3" aria-describedby={`${props.hint ? `${id}-hint ` : ""}${id}-error`} aria-invalid={errors.length > 0 || undefined}>
      <legend className="px-1 font-medium text-slate-900">{props.legend}</legend>
      {props.hint ? (
        <p id={`${id}-hint`} className="mb-2 text-sm text-slate-700">
          {props.hint}
        </p>
      ) : null}
      {props.items.map((item) => (
        <label key={item.name} className="mb-1 flex items-start gap-2 text-slate-900">
          <input key={String(item.defaultChecked)} type="checkbox" name={item.name} defaultChecked={item.defaultChecked} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
          <span>{item.label}</span>
        </label>
      ))}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
