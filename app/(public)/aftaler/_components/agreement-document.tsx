import Link from "next/link";
import type { VersionDocument } from "@/lib/domain/agreements/get-version-document";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { renderMarkdown } from "@/lib/markdown/render";
import { ObligationTable } from "./obligation-table";
import { caption, h2, link, panel, prose, table, td, th } from "./styles";

type HeadingTag = "h2" | "h3" | "h4" | "h5" | "h6";
const headingTag = (level: number): HeadingTag => `h${Math.min(6, Math.max(2, level))}` as HeadingTag;
export const sectionAnchor = (number: string) => `afsnit-${number.replace(/[^0-9A-Za-z]+/g, "-")}`;

/**
 * The body of an agreement version, shared by the reading page and the print layout: table of
 * contents, the numbered sections (parts h2, chapters h3, sections h4…) with their rendered Markdown
 * and obligations, goals and benchmarks, the requirement checklist, parties and approvals, and the
 * consultation responses.
 */
export function AgreementDocument({ doc, t, historyBase, print = false }: { doc: VersionDocument; t: Translate; historyBase?: string; print?: boolean }) {
  const number = (value: string | null) => (value === null ? "–" : formatNumber(Number(value), "da", 3));
  return (
    <>
      {print ? null : (
        <nav aria-labelledby="toc-title" className={`${panel} no-print`}>
          <h2 id="toc-title" className="mb-2 text-xl font-semibold text-slate-900">
            {t("agreements.toc.title")}
          </h2>
          <ul className="space-y-1">
            {doc.sections.map((s) => (
              <li key={s.id} style={{ paddingLeft: `${s.depth * 1.25}rem` }}>
                <a href={`#${sectionAnchor(s.number)}`} className={link}>
                  {s.number} {s.title}
                </a>
              </li>
            ))}
            <li>
              <a href="#maal" className={link}>{t("agreements.goals.title")}</a>
            </li>
            <li>
              <a href="#krav" className={link}>{t("agreements.requirements.title")}</a>
            </li>
            <li>
              <a href="#parter" className={link}>{t("agreements.parties.title")}</a>
            </li>
            {doc.consultationResponses.length > 0 ? (
              <li>
                <a href="#hoering" className={link}>{t("agreements.consultation.title")}</a>
              </li>
            ) : null}
          </ul>
        </nav>
      )}

      <div className="space-y-6">
        {doc.sections.length === 0 ? <p>{t("agreements.sections.none")}</p> : null}
        {doc.sections.map((s) => {
          const Heading = headingTag(s.depth + 2);
          const headingId = sectionAnchor(s.number);
          return (
            <section
              key={s.id}
              aria-labelledby={headingId}
              className={`${s.kind === "PART" ? "border-t-2 border-slate-300 pt-6" : ""} ${print && s.kind === "PART" ? "print:break-before-page" : ""} scroll-mt-4`}
            >
              <Heading id={headingId} className={s.depth === 0 ? "text-2xl font-semibold" : s.depth === 1 ? "text-xl font-semibold" : "text-lg font-semibold"}>
                <span className="mr-2 tabular-nums">{s.number}</span>
                {s.title}
              </Heading>
              <p className="mb-2 text-xs text-slate-700">
                {t(`agreements.layer.${s.layer}`)} · {t(`agreements.area.${s.area}`)}
                {historyBase && !print ? (
                  <>
                    {" · "}
                    <Link href={`${historyBase}/${encodeURIComponent(s.lineageId)}`} className={link}>
                      {t("agreements.history.link")}
                      <span className="sr-only"> {t("agreements.history.forSection", { number: s.number })}</span>
                    </Link>
                  </>
                ) : null}
              </p>
              <div className={prose} dangerouslySetInnerHTML={{ __html: renderMarkdown(s.body, { headingOffset: Math.min(5, s.depth + 2) }) }} />
              {s.obligations.length > 0 ? (
                <ObligationTable rows={s.obligations} t={t} caption={t("agreements.obligation.caption", { number: s.number })} />
              ) : null}
            </section>
          );
        })}
      </div>

      <section aria-labelledby="maal" className="space-y-4">
        <h2 id="maal" className={h2}>{t("agreements.goals.title")}</h2>
        {doc.goals.length === 0 ? <p>{t("agreements.goals.none")}</p> : null}
        {doc.goals.map((g) => (
          <div key={g.id} className={panel}>
            <h3 className="text-lg font-semibold">
              {t(`agreements.goalKind.${g.kind}`)} {g.number}: {g.statement}
            </h3>
            <p className="text-sm text-slate-800">
              {t("agreements.goal.direction")}: {t(`agreements.direction.${g.direction}`)}
              {g.sectionNumber ? (
                <>
                  {" · "}
                  {t("agreements.goal.section")}:{" "}
                  <a href={`#${sectionAnchor(g.sectionNumber)}`} className={link}>
                    {g.sectionNumber}
                  </a>
                </>
              ) : null}
            </p>
            {g.description ? <p className="mt-2">{g.description}</p> : null}
            {g.midTermStatus ? (
              <p className="mt-2">
                <span className="font-semibold">{t("agreements.goal.midTermStatus")}:</span> {g.midTermStatus}
              </p>
            ) : null}
            {g.finalStatus ? (
              <p className="mt-2">
                <span className="font-semibold">{t("agreements.goal.finalStatus")}:</span> {g.finalStatus}
              </p>
            ) : null}
            {g.indicators.map((i) => (
              <div key={i.id} className="mt-3">
                <table className={table}>
                  <caption className={caption}>{t("agreements.indicator.caption", { name: i.name })}</caption>
                  <tbody>
                    <tr>
                      <th scope="row" className={th}>{t("agreements.indicator.baseline")}</th>
                      <td className={td}>
                        {number(i.baseline)} {i.unit} {i.baselineYear ? `(${i.baselineYear})` : ""}
                      </td>
                      <th scope="row" className={th}>{t("agreements.indicator.target")}</th>
                      <td className={td}>
                        {number(i.target)} {i.unit} {i.targetYear ? `(${i.targetYear})` : ""}
                      </td>
                    </tr>
                    <tr>
                      <th scope="row" className={th}>{t("agreements.indicator.method")}</th>
                      <td className={td}>{i.method ?? "–"}</td>
                      <th scope="row" className={th}>{t("agreements.indicator.dataSource")}</th>
                      <td className={td}>{i.dataSource ?? "–"}</td>
                    </tr>
                    <tr>
                      <th scope="row" className={th}>{t("agreements.indicator.frequency")}</th>
                      <td className={td}>{t(`agreements.frequency.${i.frequency}`)}</td>
                      <th scope="row" className={th}>{t("agreements.indicator.forum")}</th>
                      <td className={td}>{i.forumName ?? "–"}</td>
                    </tr>
                  </tbody>
                </table>
                {i.measurements.length > 0 ? (
                  <table className={`${table} mt-2 max-w-md`}>
                    <caption className="mb-1 text-left text-sm font-semibold">{t("agreements.measurement.caption", { name: i.name })}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className={th}>{t("agreements.measurement.date")}</th>
                        <th scope="col" className={th}>{t("agreements.measurement.value")}</th>
                        <th scope="col" className={th}>{t("agreements.measurement.note")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {i.measurements.map((m) => (
                        <tr key={m.id}>
                          <td className={td}>{formatDate(m.measuredOn)}</td>
                          <td className={`${td} tabular-nums`}>
                            {number(m.value)} {i.unit}
                          </td>
                          <td className={td}>{m.note ?? ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </div>
            ))}
          </div>
        ))}
      </section>

      <section aria-labelledby="krav" className="space-y-4">
        <h2 id="krav" className={h2}>{t("agreements.requirements.title")}</h2>
        <p className="max-w-3xl">{t("agreements.requirements.intro")}</p>
        {doc.requirements.map((r) => (
          <table key={r.id} className={table}>
            <caption className={caption}>
              {t("agreements.requirements.requirement", { code: r.code })} {r.title}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("agreements.requirements.item")}</th>
                <th scope="col" className={th}>{t("agreements.requirements.status")}</th>
                <th scope="col" className={th}>{t("agreements.requirements.sections")}</th>
                <th scope="col" className={th}>{t("agreements.requirements.comment")}</th>
              </tr>
            </thead>
            <tbody>
              {r.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" className={`${td} font-normal`}>
                    <span className="font-semibold">{item.code}</span> {item.text}
                  </th>
                  <td className={td}>{t(`agreements.assessment.${item.assessment?.status ?? "NOT_ASSESSED"}`)}</td>
                  <td className={td}>
                    {item.assessment?.sections.length
                      ? item.assessment.sections.map((s, i) => (
                          <span key={s.id}>
                            {i > 0 ? ", " : ""}
                            <a href={`#${sectionAnchor(s.number)}`} className={link}>
                              {s.number}
                            </a>
                          </span>
                        ))
                      : "–"}
                  </td>
                  <td className={td}>{item.assessment?.comment ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>

      <section aria-labelledby="parter">
        <h2 id="parter" className={h2}>{t("agreements.parties.title")}</h2>
        <table className={table}>
          <caption className="sr-only">{t("agreements.parties.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>{t("agreements.parties.party")}</th>
              <th scope="col" className={th}>{t("agreements.parties.body")}</th>
              <th scope="col" className={th}>{t("agreements.parties.approval")}</th>
            </tr>
          </thead>
          <tbody>
            {doc.parties.map((p) => (
              <tr key={p.organisationId}>
                <th scope="row" className={`${td} font-normal`}>{p.name}</th>
                <td className={td}>{p.approval?.approvingBody ?? p.approvingBody}</td>
                <td className={td}>
                  {p.approval
                    ? t("agreements.parties.approvedOn", { date: formatDate(p.approval.decidedOn), name: p.approval.approvedByName })
                    : t("agreements.parties.notApproved")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {doc.consultationResponses.length > 0 ? (
        <section aria-labelledby="hoering">
          <h2 id="hoering" className={h2}>{t("agreements.consultation.title")}</h2>
          <table className={table}>
            <caption className="sr-only">{t("agreements.consultation.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("agreements.consultation.respondent")}</th>
                <th scope="col" className={th}>{t("agreements.consultation.section")}</th>
                <th scope="col" className={th}>{t("agreements.consultation.text")}</th>
                <th scope="col" className={th}>{t("agreements.consultation.outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {doc.consultationResponses.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className={`${td} font-normal`}>
                    {r.respondent}
                    <span className="block text-xs text-slate-700">{formatDate(r.receivedOn)}</span>
                  </th>
                  <td className={td}>{r.sectionNumber ?? "–"}</td>
                  <td className={td}>{r.text}</td>
                  <td className={td}>
                    <span className="font-semibold">{t(`agreements.outcome.${r.outcome}`)}</span>
                    {r.comment ? <span className="block">{r.comment}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
