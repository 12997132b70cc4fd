"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-field";
import { buttonPrimary, buttonSecondary } from "@/components/users/styles";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { cancelImportAction, confirmImportAction } from "../../../actions";

/** Step 3: confirm (writes everything in one transaction) or cancel (writes nothing). */
export function ConfirmButtons({ forumId, importId, confirmable, count }: { forumId: string; importId: string; confirmable: boolean; count: number }) {
  const t = useT();
  const [confirmState, confirm, confirming] = useActionState(confirmImportAction, IDLE);
  const [cancelState, cancel, cancelling] = useActionState(cancelImportAction, IDLE);
  return (
    <div className="my-6">
      <FormMessage state={confirmState.status !== "idle" ? confirmState : cancelState} />
      <div className="flex flex-wrap gap-3">
        {confirmable ? (
          <form action={confirm}>
            <input type="hidden" name="forumId" value={forumId} />
            <input type="hidden" name="importId" value={importId} />
            <button type="submit" disabled={confirming || cancelling} className={buttonPrimary}>
              {t("initiatives.import.confirm", { count })}
            </button>
          </form>
        ) : null}
        <form action={cancel}>
          <input type="hidden" name="forumId" value={forumId} />
          <input type="hidden" name="importId" value={importId} />
          <button type="submit" disabled={confirming || cancelling} className={buttonSecondary}>
            {t("initiatives.import.cancel")}
          </button>
        </form>
      </div>
    </div>
  );
}
