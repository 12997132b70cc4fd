import type { Translate } from "@/lib/i18n/translate";
import { AID_DUTIES, AID_USES, type AidContent } from "@/lib/aids/fields";
import { Table, Td, Th } from "@/components/ui";

/** Who does what for one aid: the four duties × temporary and permanent need, then legal basis and notes. */
export function ResponsibilityTable({ item, t }: { item: AidContent; t: Translate }) {
  return (
    <Table>
      <caption className="sr-only">{t("aids.responsibility.caption", { name: item.name })}</caption>
      <thead>
        <tr>
          <Th scope="col">{t("aids.responsibility.duty")}</Th>
          {AID_USES.map((use) => (
            <Th key={use} scope="col">
              {t.key(`aids.useHeading.${use}`)}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {AID_DUTIES.map((duty) => (
          <tr key={duty}>
            <Th scope="row">{t.key(`aids.duty.${duty}`)}</Th>
            {AID_USES.map((use) => (
              <Td key={use}>{t.key(`aids.party.${item[`${use}${duty}`]}`)}</Td>
            ))}
          </tr>
        ))}
        <tr>
          <Th scope="row">{t("aids.legalBasis")}</Th>
          <Td>{item.temporaryLegalBasis}</Td>
          <Td>{item.permanentLegalBasis}</Td>
        </tr>
        <tr>
          <Th scope="row">{t("aids.note")}</Th>
          <Td className="whitespace-pre-line">{item.temporaryNote}</Td>
          <Td className="whitespace-pre-line">{item.permanentNote}</Td>
        </tr>
      </tbody>
    </Table>
  );
}
