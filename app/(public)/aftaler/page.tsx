import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { StatusBadge } from "./_components/status-badge";
import { ButtonLink, H1, Table, Td, TextLink, Th } from "@/components/ui";
import { isoDateOfColumn } from "@/lib/calendar/date-column";

export const generateMetadata = titled("agreements.list.title");

/** The agreements of every region: public versions for everyone, drafts for the parties' coordinators. */
export default async function AgreementsPage() {
  const actor = await getActor();
  const { t } = await getTranslator();
  const list = await listAgreements(actor);
  const year = (d: Date) => isoDateOfColumn(d).slice(0, 4);

  return (
    <div className="space-y-8">
      <div>
        <H1>{t("agreements.list.title")}</H1>
        <p className="mt-2 max-w-3xl text-slate-800">{t("agreements.list.intro")}</p>
        {list.creatableRegions.length > 0 ? (
          <p className="mt-4">
            <ButtonLink href="/aftaler-redigering/ny" variant="primary">
              {t("agreements.list.create")}
            </ButtonLink>
          </p>
        ) : null}
      </div>
      {list.regions.map((region) => (
        <section key={region.id} aria-labelledby={`region-${region.id}`}>
          <h2 id={`region-${region.id}`} className="mb-3 text-2xl font-semibold text-slate-900">
            {region.name}
          </h2>
          {region.agreements.length === 0 ? (
            <p className="text-slate-700">{t("agreements.list.none")}</p>
          ) : (
            <Table>
              <caption className="sr-only">{t("agreements.list.caption", { region: region.name })}</caption>
              <thead>
                <tr>
                  <Th scope="col">{t("agreements.list.agreement")}</Th>
                  <Th scope="col">{t("agreements.list.period")}</Th>
                  <Th scope="col">{t("agreements.list.status")}</Th>
                  <Th scope="col">{t("agreements.list.versions")}</Th>
                </tr>
              </thead>
              <tbody>
                {region.agreements.map((a) => (
                  <tr key={a.id}>
                    <Td>
                      <TextLink as={Link} href={`/aftaler/${encodeURIComponent(a.id)}/v/${a.current.number}`} lang="da">
                        {a.title}
                      </TextLink>
                      <span className="block text-xs text-slate-700">{t("agreements.list.generation", { generation: a.generation })}</span>
                    </Td>
                    <Td>
                      {year(a.periodStart)}–{year(a.periodEnd)}
                      <span className="block text-xs text-slate-700">
                        {formatDate(a.periodStart)}–{formatDate(a.periodEnd)}
                      </span>
                    </Td>
                    <Td>
                      <StatusBadge status={a.current.status} label={t(`agreements.status.${a.current.status}`)} />
                    </Td>
                    <Td>
                      <ul className="space-y-1">
                        {a.versions.map((v) => (
                          <li key={v.id}>
                            <TextLink as={Link} href={`/aftaler/${encodeURIComponent(a.id)}/v/${v.number}`}>
                              {t("agreements.version.short", { number: v.number, label: v.label })}
                            </TextLink>{" "}
                            <span className="text-slate-700">({t(`agreements.status.${v.status}`)})</span>
                          </li>
                        ))}
                      </ul>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      ))}
    </div>
  );
}
