import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { listTaskTransferChoices } from "@/lib/domain/task-transfers/get-task-transfer";
import { getTranslator, titled } from "@/lib/i18n/server";
import { danishDate } from "@/lib/calendar";
import { H1, Intro } from "@/components/ui";
import { DEFAULT_NOTICE_MONTHS } from "@/lib/rules/task-transfers";
import { OpenTransferForm } from "../transfer-forms";

export const generateMetadata = titled("taskTransfers.new.title");

/** /opgaveoverdragelse/ny — a party's coordinator opens a case with the transferring part of the dialogue basis. */
export default async function OpenTaskTransferPage() {
  const actor = await requireActor("/opgaveoverdragelse/ny");
  const { t } = await getTranslator();
  const choices = await listTaskTransferChoices(actor);
  if (choices.own.length === 0) notFound();
  return (
    <div>
      <H1 className="mb-2">{t("taskTransfers.new.title")}</H1>
      <Intro>{t("taskTransfers.intro", { months: DEFAULT_NOTICE_MONTHS })}</Intro>
      <OpenTransferForm
        own={choices.own.map((o) => ({ value: o.id, label: o.name }))}
        organisations={choices.organisations.map((o) => ({ value: o.id, label: o.name }))}
        today={danishDate(new Date())}
      />
    </div>
  );
}
