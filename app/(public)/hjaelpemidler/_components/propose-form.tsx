"use client";

import { useT } from "@/lib/i18n/client";
import type { AidContent } from "@/lib/aids/fields";
import { AidForm } from "./aid-form";
import { proposeAidChangeAction } from "../actions";

/** A proposal: the aid as the proposer wants it (starting from the aid now), and why. */
export function ProposeForm({ catalogueId, itemId, baseVersion, values }: { catalogueId: string; itemId?: string; baseVersion?: number; values: Partial<AidContent> }) {
  const t = useT();
  const hidden: Record<string, string | number> = { catalogueId };
  if (itemId) hidden.itemId = itemId;
  if (baseVersion) hidden.baseVersion = baseVersion;
  return <AidForm action={proposeAidChangeAction} hidden={hidden} values={values} submitLabel={t("aids.propose.submit")} justification />;
}
