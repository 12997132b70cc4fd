import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { TextLink } from "@/components/ui";

/** The way back to the list of adverse events, above each page of the area. */
export function BackLink({ t }: { t: Translate }) {
  return (
    <p className="mb-2">
      <TextLink as={Link} href="/haendelser">
        {t("adverseEvents.detail.back")}
      </TextLink>
    </p>
  );
}
