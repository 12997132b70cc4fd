import type { Translate } from "@/lib/i18n/translate";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { listForums } from "@/lib/domain/forums/list-forums";
import { canCreateForum } from "@/lib/rules/forums";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { BadgeWarning, ButtonLink, H1, Muted, TextLink } from "@/components/ui";

export const generateMetadata = titled("forums.list.title");

/** The forums the user may read, as the reports-to tree, with each forum's warnings. */
export default async function ForumsPage() {
  const actor = await requireActor("/fora");
  const { t, locale } = await getTranslator();
  const forums = await listForums(actor);
  const regionIds = [...new Set(actor.memberships.filter((m) => m.organisationKind === "REGION").map((m) => m.organisationId))];
  const mayCreate = regionIds.some((id) => canCreateForum(actor, id).allowed) || canCreateForum(actor, "").allowed;

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <H1>{t("forums.list.title")}</H1>
        {mayCreate ? (
          <ButtonLink href="/fora/ny">
            {t("forums.list.create")}
          </ButtonLink>
        ) : null}
      </div>
      <p className="mb-6 max-w-3xl text-slate-800">{t("forums.list.intro")}</p>
      {forums.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("forums.list.none")}</p>
      ) : (
        <nav aria-label={t("forums.list.treeLabel")}>
          <ForumTree forums={forums} parentId={null} t={t} locale={locale} />
        </nav>
      )}
    </div>
  );
}

type Summary = Awaited<ReturnType<typeof listForums>>[number];

function ForumTree({ forums, parentId, t, locale }: { forums: Summary[]; parentId: string | null; t: Translate; locale: "da" | "en" }) {
  const children = forums.filter((f) => f.parentId === parentId);
  if (!children.length) return null;
  return (
    <ul className={parentId ? "ml-6 mt-2 space-y-2 border-l-2 border-slate-300 pl-4" : "space-y-3"}>
      {children.map((forum) => (
        <li key={forum.id}>
          <div className="rounded-md border border-slate-200 bg-white p-3 shadow-sm">
            <TextLink as={Link} href={`/fora/${encodeURIComponent(forum.id)}`} className="text-lg">
              {forum.name}
            </TextLink>
            {forum.shortName ? <span className="text-slate-700"> ({forum.shortName})</span> : null}
            <Muted>
              {t(`forums.kind.${forum.kind}`)} · {forum.regionName} · {t("forums.list.members", { count: formatNumber(forum.memberCount, locale) })} ·{" "}
              {t("forums.list.initiatives", { count: formatNumber(forum.initiativeCount, locale) })}
              {forum.isPublic ? ` · ${t("forums.public")}` : ""}
            </Muted>
            {forum.compositionIssueCount > 0 || forum.meetingWarning ? (
              <p className="mt-1 flex flex-wrap gap-2">
                {forum.compositionIssueCount > 0 ? <BadgeWarning>{t("forums.list.compositionWarning", { count: forum.compositionIssueCount })}</BadgeWarning> : null}
                {forum.meetingWarning ? <BadgeWarning>{t("forums.meetingWarning", forum.meetingWarning)}</BadgeWarning> : null}
              </p>
            ) : null}
          </div>
          <ForumTree forums={forums} parentId={forum.id} t={t} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
