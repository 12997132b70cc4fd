import Link from "next/link";
import { getTranslator, titled } from "@/lib/i18n/server";
import { canEditVersion } from "@/lib/rules/agreements";
import { loadWorkspace } from "../../_components/load";
import { Banner, ButtonLink, H1, Table, Td, TextLink, Th } from "@/components/ui";
import { BackToWorkspace } from "../../_components/back-to-workspace";

type Params = Promise<{ versionId: string }>;

export const generateMetadata = titled("agreements.goals.title");

/** The version's goals (mål) and benchmarks (pejlemærker), each with its indicators. */
export default async function GoalsPage({ params }: { params: Params }) {
  const { versionId } = await params;
  const here = `/aftaler-redigering/${encodeURIComponent(versionId)}`;
  const { actor, doc } = await loadWorkspace(versionId, `${here}/maal`);
  const { t } = await getTranslator();
  const edit = canEditVersion(actor, doc.facts);

  return (
    <div className="space-y-6">
      <BackToWorkspace versionId={versionId} label={doc.version.label} />
      <H1>{t("agreements.goals.title")}</H1>
      {!edit.allowed ? <Banner as="p" tone="warning">{t.key(edit.reason)} {t("agreements.goals.followUpStillOpen")}</Banner> : null}
      {edit.allowed ? (
        <p>
          <ButtonLink href={`${here}/maal/ny`}>
            {t("agreements.goals.add")}
          </ButtonLink>
        </p>
      ) : null}
      <Table>
        <caption className="sr-only">{t("agreements.goals.caption")}</caption>
        <thead>
          <tr>
            <Th scope="col">{t("agreements.goal.number")}</Th>
            <Th scope="col">{t("agreements.goal.statement")}</Th>
            <Th scope="col">{t("agreements.goal.indicators")}</Th>
          </tr>
        </thead>
        <tbody>
          {doc.goals.map((g) => (
            <tr key={g.id}>
              <Td>
                {t(`agreements.goalKind.${g.kind}`)} {g.number}
              </Td>
              <Td>
                <TextLink as={Link} href={`${here}/maal/${encodeURIComponent(g.id)}`}>
                  {g.statement}
                </TextLink>
              </Td>
              <Td>{g.indicators.map((i) => i.name).join("; ") || "–"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
