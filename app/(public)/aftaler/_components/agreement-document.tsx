import type { VersionDocument } from "@/lib/domain/agreements/get-version-document";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { renderMarkdown } from "@/lib/markdown/render";
import { ObligationTable } from "./obligation-table";
import { Caption, CellTable, H2, LinkList, Panel, Prose, TextLink } from "@/components/ui";

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
        <Panel as="nav" aria-labelledby="toc-title" className="no-print">
          <h2 id="toc-title" className="mb-2 text-xl font-semibold text-slate-900">
            {t("agreements.toc.title")}
          </h2>
          <LinkList className="space-y-1">
            {doc.sections.map((s) => (
              <li key={s.id} style={{ paddingLeft: `${s.depth * 1.25}rem` }}>
                <a href={`#${sectionAnchor(s.number)}`}>
                  {s.number} <span lang="da">{s.title}</span>
                </a>
              </li>
            ))}
            <li>
              <a href="#maal">{t("agreements.goals.title")}</a>
            </li>
            <li>
              <a href="#krav">{t("agreements.requirements.title")}</a>
            </li>
            <li>
              <a href="#parter">{t("agreements.parties.title")}</a>
            </li>
            {doc.consultationResponses.length > 0 ? (
              <li>
                <a href="#hoering">{t("agreements.consultation.title")}</a>
              </li>
            ) : null}
          </LinkList>
        </Panel>
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
                <span lang="da">{s.title}</span>
              </Heading>
              <p className="mb-2 text-xs text-slate-700">
                {`${t(`agreements.layer.${s.layer}`)} · ${t(`agreements.area.${s.area}`)}${historyBase && !print ? " · " : ""}`}
                {historyBase && !print ? (
                  // A plain link, not next/link: 40 client components (and their prefetches) for pages opened rarely.
                  <TextLink href={`${historyBase}/${encodeURIComponent(s.lineageId)}`}>
                    {t("agreements.history.link")}
                    <span className="sr-only">{` ${t("agreements.history.forSection", { number: s.number })}`}</span>
                  </TextLink>
                ) : null}
              </p>
              <Prose lang="da" dangerouslySetInnerHTML={{ __html: renderMarkdown(s.body, { headingOffset: Math.min(5, s.depth + 2) }) }} />
              {s.obligations.length > 0 ? (
                <ObligationTable rows={s.obligations} t={t} caption={t("agreements.obligation.caption", { number: s.number })} />
              ) : null}
            </section>
          );
        })}
      </div>

      <section aria-labelledby="maal" className="space-y-4">
        <H2 id="maal">{t("agreements.goals.title")}</H2>
        {doc.goals.length === 0 ? <p>{t("agreements.goals.none")}</p> : null}
        {doc.goals.map((g) => (
          <Panel as="div" key={g.id}>
            <h3 className="text-lg font-semibold">
              {t(`agreements.goalKind.${g.kind}`)} {g.number}: <span lang="da">{g.statement}</span>
            </h3>
            <p className="text-sm text-slate-800">
              {t("agreements.goal.direction")}: {t(`agreements.direction.${g.direction}`)}
              {g.sectionNumber ? (
                <>
                  {" · "}
                  {t("agreements.goal.section")}:{" "}
                  <TextLink href={`#${sectionAnchor(g.sectionNumber)}`}>
                    {g.sectionNumber}
                  </TextLink>
                </>
              ) : null}
            </p>
            {g.description ? <p className="mt-2" lang="da">{g.description}</p> : null}
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
                <CellTable>
                  <Caption>{t("agreements.indicator.caption", { name: i.name })}</Caption>
                  <tbody>
                    <tr>
                      <th scope="row">{t("agreements.indicator.baseline")}</th>
                      <td>
                        {number(i.baseline)} {i.unit} {i.baselineYear ? `(${i.baselineYear})` : ""}
                      </td>
                      <th scope="row">{t("agreements.indicator.target")}</th>
                      <td>
                        {number(i.target)} {i.unit} {i.targetYear ? `(${i.targetYear})` : ""}
                      </td>
                    </tr>
                    <tr>
                      <th scope="row">{t("agreements.indicator.method")}</th>
                      <td>{i.method ?? "–"}</td>
                      <th scope="row">{t("agreements.indicator.dataSource")}</th>
                      <td>{i.dataSource ?? "–"}</td>
                    </tr>
                    <tr>
                      <th scope="row">{t("agreements.indicator.frequency")}</th>
                      <td>{t(`agreements.frequency.${i.frequency}`)}</td>
                      <th scope="row">{t("agreements.indicator.forum")}</th>
                      <td>{i.forumName ?? "–"}</td>
                    </tr>
                  </tbody>
                </CellTable>
                {i.measurements.length > 0 ? (
                  <CellTable className="mt-2 max-w-md">
                    <caption className="mb-1 text-left text-sm font-semibold">{t("agreements.measurement.caption", { name: i.name })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("agreements.measurement.date")}</th>
                        <th scope="col">{t("agreements.measurement.value")}</th>
                        <th scope="col">{t("agreements.measurement.note")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {i.measurements.map((m) => (
                        <tr key={m.id}>
                          <td>{formatDate(m.measuredOn)}</td>
                          <td className="tabular-nums">
                            {number(m.value)} {i.unit}
                          </td>
                          <td>{m.note ?? ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </CellTable>
                ) : null}
              </div>
            ))}
          </Panel>
        ))}
      </section>

      <section aria-labelledby="krav" className="space-y-4">
        <H2 id="krav">{t("agreements.requirements.title")}</H2>
        <p className="max-w-3xl">{t("agreements.requirements.intro")}</p>
        {doc.requirements.map((r) => (
          <CellTable key={r.id}>
            <Caption>
              {t("agreements.requirements.requirement", { code: r.code })} <span lang="da">{r.title}</span>
            </Caption>
            <thead>
              <tr>
                <th scope="col">{t("agreements.requirements.item")}</th>
                <th scope="col">{t("agreements.requirements.status")}</th>
                <th scope="col">{t("agreements.requirements.sections")}</th>
                <th scope="col">{t("agreements.requirements.comment")}</th>
              </tr>
            </thead>
            <tbody>
              {r.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" className="border-b border-slate-200 align-top font-normal">
                    <span className="font-semibold">{item.code}</span> <span lang="da">{item.text}</span>
                  </th>
                  <td>{t(`agreements.assessment.${item.assessment?.status ?? "NOT_ASSESSED"}`)}</td>
                  <td>
                    {item.assessment?.sections.length
                      ? item.assessment.sections.map((s, i) => (
                          <span key={s.id}>
                            {i > 0 ? ", " : ""}
                            <TextLink href={`#${sectionAnchor(s.number)}`}>
                              {s.number}
                            </TextLink>
                          </span>
                        ))
                      : "–"}
                  </td>
                  <td>{item.assessment?.comment ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </CellTable>
        ))}
      </section>

      <section aria-labelledby="parter">
        <H2 id="parter">{t("agreements.parties.title")}</H2>
        <CellTable>
          <caption className="sr-only">{t("agreements.parties.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("agreements.parties.party")}</th>
              <th scope="col">{t("agreements.parties.body")}</th>
              <th scope="col">{t("agreements.parties.approval")}</th>
            </tr>
          </thead>
          <tbody>
            {doc.parties.map((p) => (
              <tr key={p.organisationId}>
                <th scope="row" className="border-b border-slate-200 align-top font-normal">{p.name}</th>
                <td>{p.approval?.approvingBody ?? p.approvingBody}</td>
                <td>
                  {p.approval
                    ? t("agreements.parties.approvedOn", { date: formatDate(p.approval.decidedOn), name: p.approval.approvedByName })
                    : t("agreements.parties.notApproved")}
                </td>
              </tr>
            ))}
          </tbody>
        </CellTable>
      </section>

      {doc.consultationResponses.length > 0 ? (
        <section aria-labelledby="hoering">
          <H2 id="hoering">{t("agreements.consultation.title")}</H2>
          <CellTable>
            <caption className="sr-only">{t("agreements.consultation.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("agreements.consultation.respondent")}</th>
                <th scope="col">{t("agreements.consultation.section")}</th>
                <th scope="col">{t("agreements.consultation.text")}</th>
                <th scope="col">{t("agreements.consultation.outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {doc.consultationResponses.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="border-b border-slate-200 align-top font-normal">
                    {r.respondent}
                    <span className="block text-xs text-slate-700">{formatDate(r.receivedOn)}</span>
                  </th>
                  <td>{r.sectionNumber ?? "–"}</td>
                  <td lang="da">{r.text}</td>
                  <td>
                    <span className="font-semibold">{t(`agreements.outcome.${r.outcome}`)}</span>
                    {r.comment ? <span className="block">{r.comment}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </CellTable>
        </section>
      ) : null}
    </>
  );
}
