import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import { getTranslator, titled } from "@/lib/i18n/server";
import { SimpleForm } from "../_components/simple-form";
import { createDraftAction } from "../actions";
import { Banner, H1, Panel, TextLink } from "@/components/ui";

export const generateMetadata = titled("agreements.create.title");

/** A region's coordinator starts a new agreement (its first version, a draft, with all parties). */
export default async function CreateAgreementPage() {
  const actor = await requireActor("/aftaler-redigering/ny");
  const { t } = await getTranslator();
  const { creatableRegions } = await listAgreements(actor);

  return (
    <div className="space-y-6">
      <p>
        <TextLink as={Link} href="/aftaler">
          {t("agreements.list.title")}
        </TextLink>
      </p>
      <H1>{t("agreements.create.title")}</H1>
      {creatableRegions.length === 0 ? (
        <Banner as="p" tone="warning">{t("agreements.reason.regionCoordinatorOnly")}</Banner>
      ) : (
        <Panel as="div">
          <p className="mb-4 max-w-3xl">{t("agreements.create.intro")}</p>
          <SimpleForm
            action={createDraftAction}
            fields={[
              {
                name: "regionId",
                as: "select",
                label: t("agreements.create.region"),
                required: true,
                options: creatableRegions.map((r) => ({ value: r.id, label: r.name })),
                defaultValue: creatableRegions[0].id,
              },
              { name: "title", label: t("agreements.create.agreementTitle"), required: true, className: "mb-4 sm:col-span-2" },
              { name: "periodStart", type: "date", label: t("agreements.create.periodStart"), required: true },
              { name: "periodEnd", type: "date", label: t("agreements.create.periodEnd"), required: true },
              { name: "generation", type: "number", label: t("agreements.create.generation"), hint: t("agreements.create.generationHint"), required: true },
              { name: "label", label: t("agreements.create.label"), hint: t("agreements.create.labelHint"), className: "mb-4 sm:col-span-3" },
            ]}
            fieldsClassName="grid gap-x-4 sm:grid-cols-3"
            submitLabel={t("agreements.create.submit")}
          />
        </Panel>
      )}
    </div>
  );
}
