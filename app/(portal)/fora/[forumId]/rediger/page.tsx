import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { getForum } from "@/lib/domain/forums/get-forum";
import { listForumFormOptions } from "@/lib/domain/forums/list-forum-form-options";
import { getTranslator, titled } from "@/lib/i18n/server";
import { ForumForm } from "../../_components/forum-form";
import { updateForumAction } from "../../actions";
import { orNotFound } from "@/lib/pages/or-not-found";
import { H1, TextLink } from "@/components/ui";

type Params = Promise<{ forumId: string }>;

export const generateMetadata = titled("forums.edit.title");

export default async function EditForumPage({ params }: { params: Params }) {
  const { forumId } = await params;
  const actor = await requireActor(`/fora/${forumId}/rediger`);
  const { t } = await getTranslator();
  const forum = await orNotFound(getForum(actor, { forumId }));
  if (!forum.permissions.manage) notFound();
  const options = await listForumFormOptions(actor);
  return (
    <div>
      <p className="mb-2">
        <TextLink as={Link} href={`/fora/${encodeURIComponent(forum.id)}`}>
          {t("forums.backTo", { name: forum.name })}
        </TextLink>
      </p>
      <H1 className="mb-6">{t("forums.edit.heading", { name: forum.name })}</H1>
      <ForumForm
        action={updateForumAction}
        values={{ ...forum, forumId: forum.id, parentId: forum.parent?.id ?? null }}
        regions={options.regions}
        parents={options.forums.filter((f) => f.regionId === forum.regionId)}
        organisations={options.organisations.filter((o) => o.regionId === forum.regionId || o.id === forum.secretariatOrganisationId)}
        submitLabel={t("forums.edit.submit")}
      />
    </div>
  );
}
