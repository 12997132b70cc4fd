import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { listForumFormOptions } from "@/lib/domain/forums/list-forum-form-options";
import { getTranslator, titled } from "@/lib/i18n/server";
import { ForumForm } from "../_components/forum-form";
import { createForumAction } from "../actions";
import { first, type SearchParams } from "@/lib/pages/or-not-found";
import { H1, TextLink } from "@/components/ui";

export const generateMetadata = titled("forums.create.title");

export default async function NewForumPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/fora/ny");
  const { t } = await getTranslator();
  const options = await listForumFormOptions(actor);
  if (options.regions.length === 0) notFound(); // only a region's coordinators (and the administrator) create forums
  const parentId = first((await searchParams).parent) ?? "";
  const parent = options.forums.find((f) => f.id === parentId);
  return (
    <div>
      <p className="mb-2">
        <TextLink as={Link} href="/fora">
          {t("forums.backToList")}
        </TextLink>
      </p>
      <H1 className="mb-6">{t("forums.create.title")}</H1>
      <ForumForm
        action={createForumAction}
        values={{ regionId: parent?.regionId ?? options.regions[0]?.id, parentId: parent?.id ?? null, compositionRule: "CROSS_SECTOR", kind: "WORKING_GROUP" }}
        regions={options.regions}
        parents={options.forums}
        organisations={options.organisations}
        submitLabel={t("forums.create.submit")}
      />
    </div>
  );
}
