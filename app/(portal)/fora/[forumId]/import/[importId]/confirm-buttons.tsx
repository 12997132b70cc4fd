"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { cancelImportAction, confirmImportAction } from "../../../actions";
import { Button } from "@/components/ui";

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
            <Button type="submit" disabled={confirming || cancelling}>
              {t("initiatives.import.confirm", { count })}
            </Button>
          </form>
        ) : null}
        <form action={cancel}>
          <input type="hidden" name="forumId" value={forumId} />
          <input type="hidden" name="importId" value={importId} />
          <Button type="submit" disabled={confirming || cancelling} variant="secondary">
            {t("initiatives.import.cancel")}
          </Button>
        </form>
      </div>
    </div>
  );
}
