"use client";

import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import type { ImportStatus } from "@/lib/generated/prisma/enums";
import type { ImportProgress } from "@/lib/domain/initiatives/import-progress";
import { formatNumber } from "@/lib/i18n/format";
import { useLocale, useT } from "@/lib/i18n/client";
import { H2, Panel, TextLink } from "@/components/ui";

/** How often the page asks while a job works; a 5,000-row preview takes a few seconds. */
const POLL_MS = 1500;
/** Without JavaScript the page reloads itself this often (a meta refresh inside <noscript>). */
const RELOAD_S = 3;

type Props = { importId: string; href: string; status: ImportStatus; progress: ImportProgress };

/**
 * Where a queued import stands (decision 033): queued, reading rows n of N, planning, writing — in a
 * polite live region, so a screen reader hears each change. With JavaScript it polls the import's
 * status route and refreshes the page (router.refresh) when the job has finished; without, the page
 * reloads itself (a meta refresh in <noscript>) and the "Opdatér" link does the same by hand.
 */
export function ImportProgressPanel({ importId, href, status: initialStatus, progress: initialProgress }: Props) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [state, setState] = useState({ status: initialStatus, progress: initialProgress as ImportProgress | null });

  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/initiativer/import/${encodeURIComponent(importId)}/status`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as { status: ImportStatus; progress: ImportProgress | null };
        setState(next);
        if (!next.progress) {
          stopped = true;
          clearInterval(timer);
          router.refresh(); // the job is done (or failed): the page shows the preview, the report or why
        }
      } catch {
        // a network blip: ask again at the next tick
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [importId, router]);

  const n = (v: number) => formatNumber(v, locale);
  const progress = state.progress;
  const message = !progress
    ? t("initiatives.import.progress.done")
    : progress.phase === "reading" && progress.total > 0
      ? t("initiatives.import.progress.reading", { done: n(progress.done), total: n(progress.total) })
      : progress.phase === "planning"
        ? t("initiatives.import.progress.planning", { total: n(progress.total) })
        : progress.phase === "writing"
          ? t("initiatives.import.progress.writing")
          : state.status === "CONFIRMING"
            ? t("initiatives.import.progress.queuedConfirm")
            : t("initiatives.import.progress.queued");

  return (
    <Panel aria-labelledby={`${id}-title`} className="mb-6">
      <noscript dangerouslySetInnerHTML={{ __html: `<meta http-equiv="refresh" content="${RELOAD_S}">` }} />
      <H2 id={`${id}-title`} className="mt-0">
        {t("initiatives.import.progress.title")}
      </H2>
      <p role="status" aria-live="polite" data-testid="import-progress" data-phase={progress?.phase ?? "done"} className="font-medium">
        {message}
      </p>
      {progress?.phase === "reading" && progress.total > 0 ? (
        <progress aria-label={t("initiatives.import.progress.rowsRead")} max={progress.total} value={progress.done} className="mt-2 w-full max-w-md" />
      ) : null}
      <p className="mt-2 text-sm text-slate-800">{t("initiatives.import.progress.hint")}</p>
      <p className="mt-2">
        <TextLink href={href}>{t("initiatives.import.progress.refresh")}</TextLink>
      </p>
    </Panel>
  );
}
