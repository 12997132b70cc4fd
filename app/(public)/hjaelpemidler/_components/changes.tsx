import type { Translate } from "@/lib/i18n/translate";
import type { AidFieldChange } from "@/lib/domain/aids/item-diff";
import { DiffView, diffLabels } from "@/app/(public)/aftaler/_components/diff-view";

/** The changed fields of an aid (two revisions, or a proposal against the aid now): a word diff of text, before → after of a choice. */
export function AidChanges({ changes, t }: { changes: AidFieldChange[]; t: Translate }) {
  const labels = diffLabels(t);
  const value = (field: string, raw: string) => (field === "category" ? t.key(`aids.category.${raw}`) : /(Assessment|Supply|Instruction|Maintenance)$/.test(field) ? t.key(`aids.party.${raw}`) : raw);
  return (
    <dl className="space-y-3">
      {changes.map((c) => (
        <div key={c.field}>
          <dt className="font-semibold">{t.key(`aids.field.${c.field}`)}</dt>
          <dd>
            {c.parts ? (
              <DiffView parts={c.parts} labels={labels} />
            ) : (
              <p>
                <del className="bg-red-100 text-red-900 line-through decoration-2">
                  <span className="sr-only">[{labels.removed}] </span>
                  {value(c.field, c.before)}
                </del>{" "}
                →{" "}
                <ins className="bg-green-100 text-green-900 underline decoration-2">
                  <span className="sr-only">[{labels.added}] </span>
                  {value(c.field, c.after)}
                </ins>
              </p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
