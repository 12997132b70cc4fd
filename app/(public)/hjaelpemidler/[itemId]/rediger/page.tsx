import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { getAidItem } from "@/lib/domain/aids/get-aid-item";
import { getTranslator, titled } from "@/lib/i18n/server";
import { isId } from "@/lib/validation/primitives";
import { orNotFound } from "@/lib/pages/or-not-found";
import { aidContentOf } from "@/lib/aids/fields";
import { H1, TextLink } from "@/components/ui";
import { EditAidForm } from "../../_components/edit-form";

export const generateMetadata = titled("aids.edit");

/** Editing an aid: the coordinators of the region and the municipalities who sit in the aids council. */
export default async function EditAidPage({ params }: { params: Promise<{ itemId: string }> }) {
  const { itemId } = await params;
  if (!isId(itemId)) notFound();
  const actor = await requireActor(`/hjaelpemidler/${encodeURIComponent(itemId)}/rediger`);
  const { t } = await getTranslator();
  const view = await orNotFound(getAidItem(actor, { itemId }));
  if (!view.may.edit) notFound();
  return (
    <div className="space-y-6 wrap-anywhere">
      <p>
        <TextLink as={Link} href={`/hjaelpemidler/${encodeURIComponent(view.item.id)}`}>
          {view.item.name}
        </TextLink>
      </p>
      <H1>{t("aids.edit.title", { name: view.item.name })}</H1>
      <EditAidForm itemId={view.item.id} version={view.item.version} values={aidContentOf(view.item)} />
    </div>
  );
}
