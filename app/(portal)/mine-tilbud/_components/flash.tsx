import type { Translate } from "@/lib/i18n/translate";
import { messages } from "@/lib/i18n/messages";
import { Banner } from "@/components/ui";

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
        <Banner as="p" role="status" tone="success">
          {t.key(doneKey)}
        </Banner>
      ) : null}
      {errorKey ? (
        <Banner as="p" role="alert" tone="error">
          {t.key(errorKey)}
        </Banner>
      ) : null}
    </div>
  );
}
