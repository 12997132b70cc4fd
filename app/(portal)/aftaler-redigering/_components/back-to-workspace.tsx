import Link from "next/link";
import { TextLink } from "@/components/ui";
import { getTranslator } from "@/lib/i18n/server";

/** "Tilbage til <version>": the first line of every page below a version's workspace. */
export async function BackToWorkspace({ versionId, label }: { versionId: string; label: string }) {
  const { t } = await getTranslator();
  return (
    <p>
      <TextLink as={Link} href={`/aftaler-redigering/${encodeURIComponent(versionId)}`}>
        {t("agreements.workspace.back", { label })}
      </TextLink>
    </p>
  );
}
