import type { Translate } from "@/lib/i18n/translate";
import { first } from "@/lib/validation/primitives";
import { Banner } from "@/components/ui";

const DONE = { oprettet: "aids.created", gemt: "aids.saved", besluttet: "aids.decided" } as const;

/** The outcome of a redirecting aids action (?udfoert=…); anything else in the URL shows nothing. */
export function DoneBanner({ value, t }: { value: string | string[] | undefined; t: Translate }) {
  const key = DONE[first(value) as keyof typeof DONE];
  if (!key) return null;
  return (
    <Banner tone="success" as="p" role="status">
      {t(key)}
    </Banner>
  );
}
