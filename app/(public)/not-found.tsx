import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/shell/not-found-message";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notFound.title") };
}

/**
 * 404 from a page of this group (a record that does not exist or may not be seen — the same answer
 * on purpose), shown inside the group's layout, so the header and menu stay. Only the message: the
 * boundary is rendered with every page of the group, so it must cost nothing.
 */
export default async function NotFound() {
  const { t } = await getTranslator();
  return <NotFoundMessage t={t} />;
}
