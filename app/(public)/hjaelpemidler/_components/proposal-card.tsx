import type { Translate } from "@/lib/i18n/translate";
import type { AidProposalDto } from "@/lib/domain/aids/dto";
import type { AidFieldChange } from "@/lib/domain/aids/item-diff";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { Badge, BadgeSuccess, BadgeWarning, H3, Muted, Panel } from "@/components/ui";
import { AidChanges } from "./changes";
import { DecideForm } from "./decide-form";

type Props = {
  proposal: AidProposalDto & { changes: AidFieldChange[] };
  heading: string;
  meetings: { id: string; startsAt: Date; forumName: string }[];
  mayDecide: boolean;
  /** Where the decision returns to: the aid's page or the proposals list. */
  back: "item" | "list";
  t: Translate;
};

/** One proposal: who, why, what it changes; its decision, or (for the council) the form to decide it. */
export function ProposalCard({ proposal, heading, meetings, mayDecide, back, t }: Props) {
  const StatusBadge = proposal.status === "ACCEPTED" ? BadgeSuccess : proposal.status === "PENDING" ? BadgeWarning : Badge;
  return (
    <Panel as="article" data-testid="aid-proposal">
      <H3>
        {heading} <StatusBadge>{t.key(`aids.status.${proposal.status}`)}</StatusBadge>
      </H3>
      <Muted>{t("aids.proposals.by", { name: proposal.proposerName, when: formatDateTime(proposal.createdAt) })}</Muted>
      <p className="mt-2">
        <strong>{t("aids.proposals.justification")}:</strong> {proposal.justification}
      </p>
      {proposal.status === "PENDING" ? (
        <div className="mt-3 space-y-4">
          <div>
            <h4 className="font-semibold">{t("aids.proposals.changes")}</h4>
            {proposal.changes.length ? <AidChanges changes={proposal.changes} t={t} /> : <p>{t("aids.changes.none")}</p>}
          </div>
          {mayDecide ? (
            <div>
              <h4 className="font-semibold">{t("aids.decide.title")}</h4>
              <DecideForm proposalId={proposal.id} version={proposal.version} back={back} meetings={meetings.map((m) => ({ id: m.id, label: `${m.forumName} ${formatDate(m.startsAt)}` }))} />
            </div>
          ) : null}
        </div>
      ) : (
        <p className="mt-2" data-testid="aid-decision">
          {t("aids.proposals.decided", {
            status: t.key(`aids.status.${proposal.status}`),
            when: formatDate(proposal.decidedAt),
            name: proposal.decidedByName ?? "?",
            meeting: proposal.meeting ? `${proposal.meeting.forumName} ${formatDate(proposal.meeting.startsAt)}` : "?",
            reason: proposal.decisionReason ?? "",
          })}
        </p>
      )}
    </Panel>
  );
}
