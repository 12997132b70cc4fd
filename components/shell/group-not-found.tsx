import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { NotFoundMessage } from "./not-found-message";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notFound.title") };
}

/**
 * 404 from a page of a group (a record that does not exist or may not be seen — the same answer on
 * purpose), shown inside the group's layout, so the header and menu stay. Only the message: Next
 * renders the boundary with every page of the group, so it must cost nothing. Re-exported as
 * app/(public)/not-found.tsx and app/(portal)/not-found.tsx.
 */
export default async function GroupNotFound() {
  const { t } = await getTranslator();
  return <NotFoundMessage t={t} />;
}
