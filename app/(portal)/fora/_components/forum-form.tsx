"use client";

import { useT } from "@/lib/i18n/client";
import type { ActionState } from "@/lib/domain/action-state";
import { SimpleForm, type SimpleField } from "./simple-form";

const KINDS = ["POLITICAL_COMMITTEE", "ADMINISTRATIVE_FORUM", "COORDINATION_GROUP", "FOLLOW_UP_GROUP", "WORKING_GROUP", "CLARIFICATION_COMMITTEE", "AIDS_COUNCIL", "LOCAL_FORUM", "CLUSTER", "NETWORK", "CLINICAL_MANAGEMENT"];
const RULES = ["CROSS_SECTOR", "REGION_AND_MUNICIPALITY", "FREE"];
const PARTIES = ["REGION", "MUNICIPALITY", "GENERAL_PRACTICE", "HOSPITAL", "PATIENT_ORGANISATION", "OTHER"] as const;

export type ForumFormValues = {
  forumId?: string;
  version?: number;
  regionId?: string;
  name?: string;
  shortName?: string | null;
  kind?: string;
  parentId?: string | null;
  mandate?: string;
  compositionRule?: string;
  chairParty?: string | null;
  viceChairParty?: string | null;
  minMeetingsPerYear?: number | null;
  secretariatOrganisationId?: string | null;
  secretariatNote?: string | null;
  isPublic?: boolean;
  seatRules?: { party: string; minSeats: number; maxSeats: number | null }[];
};

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  values: ForumFormValues;
  regions: { id: string; name: string }[];
  parents: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  submitLabel: string;
};

/** Create or edit a forum: what it is, whom it reports to, its mandate and its composition rules. */
export function ForumForm({ action, values, regions, parents, organisations, submitLabel }: Props) {
  const t = useT();
  const party = (p: string) => ({ value: p, label: t.key(`forums.party.${p}`) });
  const seat = (p: string) => values.seatRules?.find((r) => r.party === p);
  const fields: SimpleField[] = [
    ...(values.forumId
      ? []
      : [{ kind: "field" as const, props: { as: "select" as const, name: "regionId", label: t("forums.form.region"), required: true, defaultValue: values.regionId, options: regions.map((r) => ({ value: r.id, label: r.name })) } }]),
    { kind: "field", props: { name: "name", label: t("forums.form.name"), required: true, defaultValue: values.name } },
    { kind: "field", props: { name: "shortName", label: t("forums.form.shortName"), hint: t("forums.form.shortNameHint"), defaultValue: values.shortName ?? "" } },
    { kind: "field", props: { as: "select", name: "kind", label: t("forums.form.kind"), required: true, defaultValue: values.kind, options: KINDS.map((k) => ({ value: k, label: t.key(`forums.kind.${k}`) })) } },
    {
      kind: "field",
      props: { as: "select", name: "parentId", label: t("forums.form.parent"), hint: t("forums.form.parentHint"), defaultValue: values.parentId ?? "", placeholder: t("forums.form.noParent"), options: parents.filter((p) => p.id !== values.forumId).map((p) => ({ value: p.id, label: p.name })) },
    },
    { kind: "field", props: { as: "textarea", name: "mandate", label: t("forums.form.mandate"), hint: t("forums.form.mandateHint"), rows: 8, defaultValue: values.mandate ?? "" } },
    { kind: "field", props: { as: "select", name: "compositionRule", label: t("forums.form.compositionRule"), required: true, defaultValue: values.compositionRule ?? "FREE", options: RULES.map((r) => ({ value: r, label: t.key(`forums.compositionRule.${r}`) })) } },
    { kind: "field", props: { as: "select", name: "chairParty", label: t("forums.form.chairParty"), defaultValue: values.chairParty ?? "", placeholder: t("forums.form.anyParty"), options: PARTIES.map(party) } },
    { kind: "field", props: { as: "select", name: "viceChairParty", label: t("forums.form.viceChairParty"), defaultValue: values.viceChairParty ?? "", placeholder: t("forums.form.anyParty"), options: PARTIES.map(party) } },
    ...PARTIES.map(
      (p): SimpleField => ({
        kind: "row",
        legend: t("forums.form.seatsFor", { party: t(`forums.party.${p}`) }),
        fields: [
          { name: `seat.${p}.min`, type: "number", inputMode: "numeric", label: t("forums.form.seatMin", { party: t(`forums.party.${p}`) }), defaultValue: seat(p)?.minSeats?.toString() ?? "" },
          { name: `seat.${p}.max`, type: "number", inputMode: "numeric", label: t("forums.form.seatMax", { party: t(`forums.party.${p}`) }), defaultValue: seat(p)?.maxSeats?.toString() ?? "" },
        ],
      }),
    ),
    { kind: "field", props: { name: "minMeetingsPerYear", type: "number", inputMode: "numeric", label: t("forums.form.minMeetings"), defaultValue: values.minMeetingsPerYear?.toString() ?? "" } },
    {
      kind: "field",
      props: { as: "select", name: "secretariatOrganisationId", label: t("forums.form.secretariat"), defaultValue: values.secretariatOrganisationId ?? "", placeholder: t("forums.form.noSecretariat"), options: organisations.map((o) => ({ value: o.id, label: o.name })) },
    },
    { kind: "field", props: { name: "secretariatNote", label: t("forums.form.secretariatNote"), defaultValue: values.secretariatNote ?? "" } },
    { kind: "checkbox", name: "isPublic", label: t("forums.form.isPublic"), hint: t("forums.form.isPublicHint"), defaultChecked: values.isPublic },
  ];
  return <SimpleForm action={action} hidden={values.forumId ? { forumId: values.forumId, version: values.version ?? 1 } : {}} fields={fields} submitLabel={submitLabel} />;
}
