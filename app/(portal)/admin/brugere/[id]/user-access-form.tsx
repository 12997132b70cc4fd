"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { deactivateUserAction, reactivateUserAction } from "../actions";
import { ButtonLink } from "@/components/ui";

type Props = { mode: "deactivate" | "reactivate"; userId: string; version: number; name: string; cancelHref: string };

/**
 * The confirm step of deactivating or reactivating a user: shown after the first click (a link to
 * ?confirm=…, so it works without JavaScript), it says what will happen and posts the version the
 * administrator saw, so a change made meanwhile by someone else is refused as a conflict.
 */
export function UserAccessForm({ mode, userId, version, name, cancelHref }: Props) {
  const t = useT();
  const [state, action, pending] = useActionState(mode === "deactivate" ? deactivateUserAction : reactivateUserAction, IDLE);
  const headingId = `confirm-${mode}`;
  return (
    <form action={action} aria-labelledby={headingId} className="rounded-md border-2 border-amber-600 bg-amber-50 p-4">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <p id={headingId} className="mb-4 text-slate-900">
        {t(mode === "deactivate" ? "admin.user.deactivateConfirm" : "admin.user.reactivateConfirm", { name })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={mode === "deactivate" ? "rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70" : "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"}>
          {t(mode === "deactivate" ? "admin.user.deactivateYes" : "admin.user.reactivateYes")}
        </button>
        <ButtonLink href={cancelHref}>
          {t("admin.user.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
