"use client";

import { useT } from "@/lib/i18n/client";
import { SimpleForm } from "@/app/(portal)/fora/_components/simple-form";
import { setAidCataloguePublicAction } from "../actions";

/** The region's choice: is its catalogue readable without signing in. */
export function PublicForm({ catalogueId, version, isPublic }: { catalogueId: string; version: number; isPublic: boolean }) {
  const t = useT();
  return (
    <SimpleForm
      action={setAidCataloguePublicAction}
      hidden={{ catalogueId, version }}
      fields={[{ kind: "checkbox", name: "isPublic", label: t("aids.setPublic.label"), defaultChecked: isPublic }]}
      submitLabel={t("aids.setPublic.submit")}
      compact
    />
  );
}
