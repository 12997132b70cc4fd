import "server-only";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { StatusRowDto } from "@/lib/domain/initiatives/dto";
import type { Translate } from "@/lib/i18n/translate";
import { DecisionBadge } from "./decision-badge";
import { caption as captionClass, link, table, td, th } from "./styles";

export function focusLabel(t: Translate, period: { year: number; half: "H1" | "H2" | null; activity: string | null }): string {
  const when = period.half ? t(`initiatives.focus.${period.half}`, { year: period.year }) : String(period.year);
  return period.activity ? `${when}: ${period.activity}` : when;
}

/**
 * The status table committees know (seed 003), one row per initiative in five columns: name;
 * description; decision and justification; the period of special focus; the resources a
 * continuation needs. Optionally with the forum first (cross-forum views) and without links (print).
 */
export async function StatusTable({ rows, caption, withForum = false, links = true }: { rows: StatusRowDto[]; caption: string; withForum?: boolean; links?: boolean }) {
  const { t } = await getTranslator();
  return (
    <table className={table}>
      <caption className={captionClass}>{caption}</caption>
      <thead>
        <tr>
          {withForum ? <th scope="col" className={th}>{t("initiatives.column.forum")}</th> : null}
          <th scope="col" className={`${th} w-1/5`}>{t("initiatives.column.name")}</th>
          <th scope="col" className={`${th} w-1/4`}>{t("initiatives.column.description")}</th>
          <th scope="col" className={`${th} w-1/4`}>{t("initiatives.column.decision")}</th>
          <th scope="col" className={th}>{t("initiatives.column.focus")}</th>
          <th scope="col" className={th}>{t("initiatives.column.resources")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {withForum ? <td className={td}>{row.forumName}</td> : null}
            <th scope="row" className={`${td} font-medium`}>
              {links ? (
                <Link href={`/initiativer/${encodeURIComponent(row.id)}`} className={link}>
                  {row.title}
                </Link>
              ) : (
                row.title
              )}
              {row.stale ? <p className="mt-1 text-xs font-normal text-amber-900">{t("initiatives.staleSince", { date: formatDate(row.updatedAt) })}</p> : null}
            </th>
            <td className={`${td} whitespace-pre-line`}>{row.description || "–"}</td>
            <td className={td}>
              <DecisionBadge decision={row.decision} t={t} />
              {row.decision?.justification ? <p className="mt-1 whitespace-pre-line">{row.decision.justification}</p> : null}
              {row.warnings.map((w) => (
                <p key={w} className="mt-1 text-sm font-medium text-amber-900">
                  ⚠ {t(`initiatives.warning.${w}`)}
                </p>
              ))}
            </td>
            <td className={`${td} whitespace-pre-line`}>
              {row.focusPeriods.length ? (
                <ul>
                  {row.focusPeriods.map((p) => (
                    <li key={`${p.year}-${p.half}`}>{focusLabel(t, p)}</li>
                  ))}
                </ul>
              ) : null}
              {row.focusText && row.focusText !== row.focusPeriods.map((p) => focusLabel(t, p)).join("\n") ? <p>{row.focusText}</p> : null}
              {!row.focusText && !row.focusPeriods.length ? "–" : null}
            </td>
            <td className={td}>
              {row.resourceTags.length ? <p className="font-medium">{row.resourceTags.map((tag) => t(`initiatives.resource.${tag}`)).join(", ")}</p> : null}
              {row.resourcesText ? <p className="whitespace-pre-line">{row.resourcesText}</p> : null}
              {!row.resourceTags.length && !row.resourcesText ? "–" : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
