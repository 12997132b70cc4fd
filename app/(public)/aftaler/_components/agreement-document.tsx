import Link from "next/link";
import type { VersionDocument } from "@/lib/domain/agreements/get-version-document";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { renderMarkdown } from "@/lib/markdown/render";
import { ObligationTable } from "./obligation-table";
import { Caption, H2, Panel, Prose, Table, Td, TextLink, Th } from "@/components/ui";

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
          <ul className="space-y-1">
            {doc.sections.map((s) => (
              <li key={s.id} style={{ paddingLeft: `${s.depth * 1.25}rem` }}>
                <TextLink href={`#${sectionAnchor(s.number)}`}>
                  {s.number} <span lang="da">{s.title}</span>
                </TextLink>
              </li>
            ))}
            <li>
              <TextLink href="#maal">{t("agreements.goals.title")}</TextLink>
            </li>
            <li>
              <TextLink href="#krav">{t("agreements.requirements.title")}</TextLink>
            </li>
            <li>
              <TextLink href="#parter">{t("agreements.parties.title")}</TextLink>
            </li>
            {doc.consultationResponses.length > 0 ? (
              <li>
                <TextLink href="#hoering">{t("agreements.consultation.title")}</TextLink>
              </li>
            ) : null}
          </ul>
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
                {t(`agreements.layer.${s.layer}`)} · {t(`agreements.area.${s.area}`)}
                {historyBase && !print ? (
                  <>
                    {" · "}
                    <TextLink as={Link} href={`${historyBase}/${encodeURIComponent(s.lineageId)}`}>
                      {t("agreements.history.link")}
                      <span className="sr-only"> {t("agreements.history.forSection", { number: s.number })}</span>
                    </TextLink>
                  </>
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
                <Table>
                  <Caption>{t("agreements.indicator.caption", { name: i.name })}</Caption>
                  <tbody>
                    <tr>
                      <Th scope="row">{t("agreements.indicator.baseline")}</Th>
                      <Td>
                        {number(i.baseline)} {i.unit} {i.baselineYear ? `(${i.baselineYear})` : ""}
                      </Td>
                      <Th scope="row">{t("agreements.indicator.target")}</Th>
                      <Td>
                        {number(i.target)} {i.unit} {i.targetYear ? `(${i.targetYear})` : ""}
                      </Td>
                    </tr>
                    <tr>
                      <Th scope="row">{t("agreements.indicator.method")}</Th>
                      <Td>{i.method ?? "–"}</Td>
                      <Th scope="row">{t("agreements.indicator.dataSource")}</Th>
                      <Td>{i.dataSource ?? "–"}</Td>
                    </tr>
                    <tr>
                      <Th scope="row">{t("agreements.indicator.frequency")}</Th>
                      <Td>{t(`agreements.frequency.${i.frequency}`)}</Td>
                      <Th scope="row">{t("agreements.indicator.forum")}</Th>
                      <Td>{i.forumName ?? "–"}</Td>
                    </tr>
                  </tbody>
                </Table>
                {i.measurements.length > 0 ? (
                  <Table className="mt-2 max-w-md">
                    <caption className="mb-1 text-left text-sm font-semibold">{t("agreements.measurement.caption", { name: i.name })}</caption>
                    <thead>
                      <tr>
                        <Th scope="col">{t("agreements.measurement.date")}</Th>
                        <Th scope="col">{t("agreements.measurement.value")}</Th>
                        <Th scope="col">{t("agreements.measurement.note")}</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {i.measurements.map((m) => (
                        <tr key={m.id}>
                          <Td>{formatDate(m.measuredOn)}</Td>
                          <Td className="tabular-nums">
                            {number(m.value)} {i.unit}
                          </Td>
                          <Td>{m.note ?? ""}</Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
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
          <Table key={r.id}>
            <Caption>
              {t("agreements.requirements.requirement", { code: r.code })} <span lang="da">{r.title}</span>
            </Caption>
            <thead>
              <tr>
                <Th scope="col">{t("agreements.requirements.item")}</Th>
                <Th scope="col">{t("agreements.requirements.status")}</Th>
                <Th scope="col">{t("agreements.requirements.sections")}</Th>
                <Th scope="col">{t("agreements.requirements.comment")}</Th>
              </tr>
            </thead>
            <tbody>
              {r.items.map((item) => (
                <tr key={item.id}>
                  <Td as="th" scope="row" className="font-normal">
                    <span className="font-semibold">{item.code}</span> <span lang="da">{item.text}</span>
                  </Td>
                  <Td>{t(`agreements.assessment.${item.assessment?.status ?? "NOT_ASSESSED"}`)}</Td>
                  <Td>
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
                  </Td>
                  <Td>{item.assessment?.comment ?? ""}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ))}
      </section>

      <section aria-labelledby="parter">
        <H2 id="parter">{t("agreements.parties.title")}</H2>
        <Table>
          <caption className="sr-only">{t("agreements.parties.caption")}</caption>
          <thead>
            <tr>
              <Th scope="col">{t("agreements.parties.party")}</Th>
              <Th scope="col">{t("agreements.parties.body")}</Th>
              <Th scope="col">{t("agreements.parties.approval")}</Th>
            </tr>
          </thead>
          <tbody>
            {doc.parties.map((p) => (
              <tr key={p.organisationId}>
                <Td as="th" scope="row" className="font-normal">{p.name}</Td>
                <Td>{p.approval?.approvingBody ?? p.approvingBody}</Td>
                <Td>
                  {p.approval
                    ? t("agreements.parties.approvedOn", { date: formatDate(p.approval.decidedOn), name: p.approval.approvedByName })
                    : t("agreements.parties.notApproved")}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      {doc.consultationResponses.length > 0 ? (
        <section aria-labelledby="hoering">
          <H2 id="hoering">{t("agreements.consultation.title")}</H2>
          <Table>
            <caption className="sr-only">{t("agreements.consultation.caption")}</caption>
            <thead>
              <tr>
                <Th scope="col">{t("agreements.consultation.respondent")}</Th>
                <Th scope="col">{t("agreements.consultation.section")}</Th>
                <Th scope="col">{t("agreements.consultation.text")}</Th>
                <Th scope="col">{t("agreements.consultation.outcome")}</Th>
              </tr>
            </thead>
            <tbody>
              {doc.consultationResponses.map((r) => (
                <tr key={r.id}>
                  <Td as="th" scope="row" className="font-normal">
                    {r.respondent}
                    <span className="block text-xs text-slate-700">{formatDate(r.receivedOn)}</span>
                  </Td>
                  <Td>{r.sectionNumber ?? "–"}</Td>
                  <Td lang="da">{r.text}</Td>
                  <Td>
                    <span className="font-semibold">{t(`agreements.outcome.${r.outcome}`)}</span>
                    {r.comment ? <span className="block">{r.comment}</span> : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}
    </>
  );
}
