import "server-only";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { StatusRowDto } from "@/lib/domain/initiatives/dto";
import type { Translate } from "@/lib/i18n/translate";
import { DecisionBadge } from "./decision-badge";
import { Caption, Table, Td, TextLink, Th } from "@/components/ui";

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
    <Table>
      <Caption>{caption}</Caption>
      <thead>
        <tr>
          {withForum ? <Th scope="col">{t("initiatives.column.forum")}</Th> : null}
          <Th scope="col" className="w-1/5">{t("initiatives.column.name")}</Th>
          <Th scope="col" className="w-1/4">{t("initiatives.column.description")}</Th>
          <Th scope="col" className="w-1/4">{t("initiatives.column.decision")}</Th>
          <Th scope="col">{t("initiatives.column.focus")}</Th>
          <Th scope="col">{t("initiatives.column.resources")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {withForum ? <Td>{row.forumName}</Td> : null}
            <Td as="th" scope="row" className="font-medium">
              {links ? (
                <TextLink as={Link} href={`/initiativer/${encodeURIComponent(row.id)}`}>
                  {row.title}
                </TextLink>
              ) : (
                row.title
              )}
              {row.stale ? <p className="mt-1 text-xs font-normal text-amber-900">{t("initiatives.staleSince", { date: formatDate(row.updatedAt) })}</p> : null}
            </Td>
            <Td className="whitespace-pre-line">{row.description || "–"}</Td>
            <Td>
              <DecisionBadge decision={row.decision} t={t} />
              {row.decision?.justification ? <p className="mt-1 whitespace-pre-line">{row.decision.justification}</p> : null}
              {row.warnings.map((w) => (
                <p key={w} className="mt-1 text-sm font-medium text-amber-900">
                  ⚠ {t(`initiatives.warning.${w}`)}
                </p>
              ))}
            </Td>
            <Td className="whitespace-pre-line">
              {row.focusPeriods.length ? (
                <ul>
                  {row.focusPeriods.map((p) => (
                    <li key={`${p.year}-${p.half}`}>{focusLabel(t, p)}</li>
                  ))}
                </ul>
              ) : null}
              {row.focusText && row.focusText !== row.focusPeriods.map((p) => focusLabel(t, p)).join("\n") ? <p>{row.focusText}</p> : null}
              {!row.focusText && !row.focusPeriods.length ? "–" : null}
            </Td>
            <Td>
              {row.resourceTags.length ? <p className="font-medium">{row.resourceTags.map((tag) => t(`initiatives.resource.${tag}`)).join(", ")}</p> : null}
              {row.resourcesText ? <p className="whitespace-pre-line">{row.resourcesText}</p> : null}
              {!row.resourceTags.length && !row.resourcesText ? "–" : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
