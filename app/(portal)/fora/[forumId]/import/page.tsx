import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { getForum } from "@/lib/domain/forums/get-forum";
import { DANISH_HEADERS } from "@/lib/domain/initiatives/status-table";
import { getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/pages/or-not-found";
import { UploadForm } from "./upload-form";
import { UPLOAD_ERRORS, uploadErrorKey, type UploadError } from "@/app/api/initiativer/import/upload-errors";
import { H1, H2, Panel, TextLink } from "@/components/ui";

type Params = Promise<{ forumId: string }>;
type Search = Promise<{ fejl?: string | string[] }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("initiatives.import.title") };
}

/** Step 1 of 3: choose the status table exported from Excel. */
export default async function ImportPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { forumId } = await params;
  const { fejl } = await searchParams;
  const errorKey = typeof fejl === "string" && (UPLOAD_ERRORS as readonly string[]).includes(fejl) ? uploadErrorKey[fejl as UploadError] : null;
  const actor = await requireActor(`/fora/${forumId}/import`);
  const forum = await orNotFound(getForum(actor, { forumId }));
  if (!forum.permissions.editInitiatives) notFound();
  const { t } = await getTranslator();
  return (
    <div>
      <p className="mb-2 text-sm">
        <TextLink as={Link} href={`/fora/${encodeURIComponent(forum.id)}`}>
          {t("forums.backTo", { name: forum.name })}
        </TextLink>
      </p>
      <H1 className="mb-2">{t("initiatives.import.heading", { name: forum.name })}</H1>
      <p className="mb-6 max-w-3xl text-slate-800">{t("initiatives.import.intro")}</p>
      <UploadForm forumId={forum.id} mayRecordFinal={forum.permissions.recordFinal} errorKey={errorKey} />
      <Panel aria-labelledby="format" className="mt-8 max-w-3xl">
        <H2 id="format" className="mt-8 mt-0">
          {t("initiatives.import.formatTitle")}
        </H2>
        <p className="mb-2">{t("initiatives.import.formatIntro")}</p>
        <ul className="mb-2 list-disc pl-5">
          {[DANISH_HEADERS.forum, DANISH_HEADERS.title, DANISH_HEADERS.description, DANISH_HEADERS.justification, DANISH_HEADERS.focus, DANISH_HEADERS.resources].map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
        <p>{t("initiatives.import.formatDecision")}</p>
      </Panel>
    </div>
  );
}
