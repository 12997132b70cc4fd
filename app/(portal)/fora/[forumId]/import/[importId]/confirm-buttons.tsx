"use client";

import { useActionState, useId } from "react";
import { FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import type { ImportGroupDto } from "@/lib/domain/initiatives/import-dto";
import { useT } from "@/lib/i18n/client";
import { cancelImportAction, chooseImportGroupsAction, confirmImportAction } from "../../../actions";
import { Button } from "@/components/ui";

type Props = {
  forumId: string;
  forumName: string;
  importId: string;
  confirmable: boolean;
  count: number;
  groups: ImportGroupDto[];
  targets: { id: string; name: string }[];
  mayCreate: boolean;
};

/**
 * Step 3: place the sheet's groups (each: an existing forum, a new working group, or skip), then
 * confirm — which writes everything in one transaction — or cancel, which writes nothing. The
 * choices travel with the confirmation: a changed choice that was not applied yet re-plans the
 * preview instead of importing.
 */
export function ConfirmButtons({ forumId, forumName, importId, confirmable, count, groups, targets, mayCreate }: Props) {
  const t = useT();
  const id = useId();
  const [confirmState, confirm, confirming] = useActionState(confirmImportAction, IDLE);
  const [chooseState, choose, choosing] = useActionState(chooseImportGroupsAction, IDLE);
  const [cancelState, cancel, cancelling] = useActionState(cancelImportAction, IDLE);
  const busy = confirming || choosing || cancelling;
  const state = [chooseState, confirmState, cancelState].find((s) => s.status !== "idle") ?? IDLE;
  const fieldErrors = state.status !== "idle" && state.status !== "success" ? state.fieldErrors : {};

  return (
    <div className="my-6">
      <FormMessage state={state} />
      <form action={confirm}>
        <input type="hidden" name="forumId" value={forumId} />
        <input type="hidden" name="importId" value={importId} />
        {groups.length ? (
          <fieldset className="mb-4 rounded-md border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{t("initiatives.import.groups.title")}</legend>
            <p className="mb-3 text-slate-800">{mayCreate ? t("initiatives.import.groups.intro", { name: forumName }) : t("initiatives.import.groups.introNoCreate", { name: forumName })}</p>
            <ul className="space-y-4">
              {groups.map((group, i) => {
                const options = [
                  ...targets.map((f) => ({ value: `forum:${f.id}`, label: t("initiatives.import.groups.toForum", { name: f.name }) })),
                  ...(mayCreate ? [{ value: "create", label: t("initiatives.import.groups.create", { name: forumName }) }] : []),
                  { value: "skip", label: t("initiatives.import.groups.skip") },
                ];
                if (!options.some((o) => o.value === group.value)) options.unshift({ value: group.value, label: group.name });
                const errors = fieldErrors[`group.${i}`] ?? [];
                return (
                  <li key={group.key} className="border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
                    <label htmlFor={`${id}-${i}`} className="block font-medium break-words text-slate-900">
                      {group.name}
                    </label>
                    <p id={`${id}-${i}-hint`} className="text-sm text-slate-700" data-testid="import-group-counts">
                      {t("initiatives.import.groups.counts", { rows: group.rows, ...group.counts })}
                      {group.suggestion ? ` ${t(`initiatives.import.groups.suggested.${group.suggestion.reason}`)}` : ""}
                    </p>
                    <select
                      key={group.value}
                      id={`${id}-${i}`}
                      name={`group.${i}`}
                      defaultValue={group.value}
                      aria-invalid={errors.length > 0 || undefined}
                      aria-describedby={`${id}-${i}-hint ${id}-${i}-error`}
                      className="mt-1 block w-full max-w-xl rounded-md border border-slate-400 bg-white px-3 py-2"
                    >
                      {options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                    <div id={`${id}-${i}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
                      {errors.map((e) => (
                        <p key={e}>{t.key(e)}</p>
                      ))}
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {groups.length ? (
            <Button type="submit" formAction={choose} disabled={busy} variant="secondary">
              {t("initiatives.import.groups.apply")}
            </Button>
          ) : null}
          {confirmable || groups.length ? (
            <Button type="submit" disabled={busy || (!confirmable && !groups.length)}>
              {t("initiatives.import.confirm", { count })}
            </Button>
          ) : null}
        </div>
      </form>
      <form action={cancel} className="mt-3">
        <input type="hidden" name="forumId" value={forumId} />
        <input type="hidden" name="importId" value={importId} />
        <Button type="submit" disabled={busy} variant="secondary">
          {t("initiatives.import.cancel")}
        </Button>
      </form>
    </div>
  );
}
