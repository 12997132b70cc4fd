import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { listEditableForums } from "@/lib/domain/forums/list-editable-forums";
import { getTranslator, titled } from "@/lib/i18n/server";
import { first, type SearchParams } from "@/lib/pages/or-not-found";
import { CreateInitiativeForm } from "./create-form";
import { H1, TextLink } from "@/components/ui";

export const generateMetadata = titled("initiatives.create.title");

export default async function NewInitiativePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/initiativer/ny");
  const { t } = await getTranslator();
  const forums = await listEditableForums(actor);
  if (!forums.length) notFound();
  const forumId = first((await searchParams).forum) ?? "";
  return (
    <div>
      <p className="mb-2 text-sm">
        <TextLink as={Link} href="/initiativer">
          {t("initiatives.backToList")}
        </TextLink>
      </p>
      <H1 className="mb-6">{t("initiatives.create.title")}</H1>
      <CreateInitiativeForm forums={forums} forumId={forums.some((f) => f.id === forumId) ? forumId : ""} />
    </div>
  );
}
