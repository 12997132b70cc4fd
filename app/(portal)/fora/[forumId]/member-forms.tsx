"use client";

import { useT } from "@/lib/i18n/client";
import { SimpleForm } from "../_components/simple-form";
import { addForumMemberAction, updateForumMemberAction } from "../actions";

const PARTIES = ["REGION", "MUNICIPALITY", "GENERAL_PRACTICE", "HOSPITAL", "PATIENT_ORGANISATION", "OTHER"];
const POSITIONS = ["CHAIR", "VICE_CHAIR", "SECRETARY", "MEMBER"];

/** A new seat: a person (by name, or a portal user by e-mail), party, organisation, position, period. */
export function AddMemberForm({ forumId, organisations, today }: { forumId: string; organisations: { id: string; name: string }[]; today: string }) {
  const t = useT();
  return (
    <SimpleForm
      action={addForumMemberAction}
      hidden={{ forumId }}
      submitLabel={t("forums.member.add")}
      fields={[
        { kind: "field", props: { name: "name", label: t("forums.member.name"), hint: t("forums.member.nameHint"), autoComplete: "off" } },
        { kind: "field", props: { name: "email", type: "email", label: t("forums.member.email"), hint: t("forums.member.emailHint"), autoComplete: "off" } },
        { kind: "field", props: { as: "select", name: "party", label: t("forums.member.party"), required: true, placeholder: t("forums.form.choose"), options: PARTIES.map((p) => ({ value: p, label: t.key(`forums.party.${p}`) })) } },
        { kind: "field", props: { as: "select", name: "organisationId", label: t("forums.member.organisation"), placeholder: t("forums.member.noOrganisation"), options: organisations.map((o) => ({ value: o.id, label: o.name })) } },
        { kind: "field", props: { as: "select", name: "position", label: t("forums.member.position"), required: true, defaultValue: "MEMBER", options: POSITIONS.map((p) => ({ value: p, label: t.key(`forums.position.${p}`) })) } },
        { kind: "field", props: { name: "periodFrom", type: "date", label: t("forums.member.periodFrom"), required: true, defaultValue: today } },
        { kind: "field", props: { name: "periodTo", type: "date", label: t("forums.member.periodTo"), hint: t("forums.member.periodToHint") } },
      ]}
    />
  );
}

/** Change a seat's position or party, or end it. */
export function EditMemberForm({ member }: { member: { id: string; name: string; version: number; position: string; party: string; periodTo: string } }) {
  const t = useT();
  return (
    <SimpleForm
      action={updateForumMemberAction}
      hidden={{ memberId: member.id, version: member.version }}
      submitLabel={t("forums.member.save")}
      compact
      className="space-y-1"
      fields={[
        { kind: "field", props: { as: "select", name: "position", label: t("forums.member.positionOf", { name: member.name }), defaultValue: member.position, options: POSITIONS.map((p) => ({ value: p, label: t.key(`forums.position.${p}`) })), className: "mb-2" } },
        { kind: "field", props: { as: "select", name: "party", label: t("forums.member.partyOf", { name: member.name }), defaultValue: member.party, options: PARTIES.map((p) => ({ value: p, label: t.key(`forums.party.${p}`) })), className: "mb-2" } },
        { kind: "field", props: { name: "periodTo", type: "date", label: t("forums.member.periodToOf", { name: member.name }), defaultValue: member.periodTo, className: "mb-2" } },
      ]}
    />
  );
}
