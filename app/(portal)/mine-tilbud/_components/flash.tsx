import type { Translate } from "@/lib/i18n/translate";
import { messages } from "@/lib/i18n/messages";
import { noticeError, noticeSuccess } from "@/app/(public)/tilbud/_components/styles";

const DONE: Record<string, string> = {
  oprettet: "offers.mine.created",
  gemt: "offers.mine.saved",
  offentliggjort: "offers.mine.published",
  arkiveret: "offers.mine.archived",
  genaabnet: "offers.mine.reopened",
  bekraeftet: "offers.mine.confirmed",
  "samarbejde-fjernet": "offers.mine.partnerRemoved",
};

/**
 * The outcome of a redirecting action (?udfoert=… / ?fejl=<message key>) in a live region. Only known
 * message keys of the offer area and the common errors are shown; anything else in the URL is ignored.
 */
export function Flash({ done, error, t }: { done?: string; error?: string; t: Translate }) {
  const doneKey = done ? DONE[done] : undefined;
  const errorKey = error && /^(offers|errors|validation)\./.test(error) && error in messages.da ? error : undefined;
  return (
    <div aria-live="polite">
      {doneKey ? (
        <p role="status" className={noticeSuccess}>
          {t.key(doneKey)}
        </p>
      ) : null}
      {errorKey ? (
        <p role="alert" className={noticeError}>
          {t.key(errorKey)}
        </p>
      ) : null}
    </div>
  );
}
