"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { Button } from "@/components/ui";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  membershipId: string;
  /** Visible text, e.g. "Fjern". */
  label: string;
  /** What is removed, for screen readers, e.g. "Fjern rollen Læser i Roskilde Kommune". */
  accessibleLabel: string;
};

/** One membership's revoke button. On success the page redirects and confirms; errors show here. */
export function RevokeMembershipButton({ action, membershipId, label, accessibleLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction}>
      <input type="hidden" name="membershipId" value={membershipId} />
      {state.status !== "idle" ? <FormMessage state={state} /> : null}
      <Button type="submit" disabled={pending} aria-label={accessibleLabel} variant="smallDanger">
        {label}
      </Button>
    </form>
  );
}
