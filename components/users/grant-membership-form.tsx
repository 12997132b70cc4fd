"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { Button } from "@/components/ui";

type Option = { value: string; label: string };

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** Either the user is fixed (the administrator's user page) or typed in by e-mail (a coordinator). */
  userId?: string;
  /** Either the organisation is fixed (a coordinator's own) or chosen from a list (the administrator). */
  organisationId?: string;
  organisations?: Option[];
  roles: Option[];
  submitLabel: string;
  emailLabel?: string;
  emailHint?: string;
};

/** Grants a role in an organisation. The server decides again who may grant what where. */
export function GrantMembershipForm(props: Props) {
  const t = useT();
  const [state, action, pending] = useActionState(props.action, IDLE);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      {props.userId ? <input type="hidden" name="userId" value={props.userId} /> : null}
      {props.organisationId ? <input type="hidden" name="organisationId" value={props.organisationId} /> : null}
      {props.userId ? null : (
        <FormField
          name="email"
          type="email"
          label={props.emailLabel ?? t("admin.members.email")}
          hint={props.emailHint}
          autoComplete="off"
          inputMode="email"
          required
          state={state}
        />
      )}
      {props.organisations ? (
        <FormField
          as="select"
          name="organisationId"
          label={t("admin.membership.organisation")}
          options={props.organisations}
          placeholder={t("admin.membership.chooseOrganisation")}
          required
          state={state}
        />
      ) : null}
      <FormField
        as="select"
        name="role"
        label={t("admin.membership.role")}
        options={props.roles}
        placeholder={t("admin.create.chooseRole")}
        required
        state={state}
      />
      <Button type="submit" disabled={pending}>
        {props.submitLabel}
      </Button>
    </form>
  );
}
