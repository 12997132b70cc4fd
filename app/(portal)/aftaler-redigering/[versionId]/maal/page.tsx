import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { canEditVersion } from "@/lib/rules/agreements";
import { buttonSecondary, h1, link, table, td, th } from "@/app/(public)/aftaler/_components/styles";
import { loadWorkspace } from "../../_components/load";

type Params = Promise<{ versionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("agreements.goals.title") };
}

/** The version's goals (mål) and benchmarks (pejlemærker), each with its indicators. */
export default async function GoalsPage({ params }: { params: Params }) {
  const { versionId } = await params;
  const here = `/aftaler-redigering/${encodeURIComponent(versionId)}`;
  const { actor, doc } = await loadWorkspace(versionId, `${here}/maal`);
  const { t } = await getTranslator();
  const edit = canEditVersion(actor, doc.facts);

  return (
    <div className="space-y-6">
      <p>
        <Link href={here} className={link}>
          {t("agreements.workspace.back", { label: doc.version.label })}
        </Link>
      </p>
      <h1 className={h1}>{t("agreements.goals.title")}</h1>
      {!edit.allowed ? <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">{t.key(edit.reason)} {t("agreements.goals.followUpStillOpen")}</p> : null}
      {edit.allowed ? (
        <p>
          <Link href={`${here}/maal/ny`} className={buttonSecondary}>
            {t("agreements.goals.add")}
          </Link>
        </p>
      ) : null}
      <table className={table}>
        <caption className="sr-only">{t("agreements.goals.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{t("agreements.goal.number")}</th>
            <th scope="col" className={th}>{t("agreements.goal.statement")}</th>
            <th scope="col" className={th}>{t("agreements.goal.indicators")}</th>
          </tr>
        </thead>
        <tbody>
          {doc.goals.map((g) => (
            <tr key={g.id}>
              <td className={td}>
                {t(`agreements.goalKind.${g.kind}`)} {g.number}
              </td>
              <td className={td}>
                <Link href={`${here}/maal/${encodeURIComponent(g.id)}`} className={link}>
                  {g.statement}
                </Link>
              </td>
              <td className={td}>{g.indicators.map((i) => i.name).join("; ") || "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
