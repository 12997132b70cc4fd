import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

/** The body of every 404: the same words whether the record does not exist or may not be seen. */
export function NotFoundMessage({ t }: { t: Translate }) {
  return (
    <>
      <h1 className="text-3xl font-semibold text-slate-900">{t("notFound.title")}</h1>
      <p className="mt-4 text-lg text-slate-800">{t("notFound.body")}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-800 underline">
          {t("notFound.home")}
        </Link>
      </p>
    </>
  );
}
