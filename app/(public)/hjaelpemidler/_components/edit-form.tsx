"use client";

import { useT } from "@/lib/i18n/client";
import type { AidContent } from "@/lib/aids/fields";
import { AidForm } from "./aid-form";
import { createAidItemAction, updateAidItemAction } from "../actions";

/** An editor's form: a new aid (catalogueId) or a save of an aid at the version it was read (itemId, version). */
export function EditAidForm({ itemId, version, catalogueId, values }: { itemId?: string; version?: number; catalogueId?: string; values: Partial<AidContent> }) {
  const t = useT();
  if (itemId) return <AidForm action={updateAidItemAction} hidden={{ itemId, version: version ?? 1 }} values={values} submitLabel={t("aids.edit.submit")} />;
  return <AidForm action={createAidItemAction} hidden={{ catalogueId: catalogueId ?? "" }} values={values} submitLabel={t("aids.create.submit")} />;
}
