-- The inbox counts open referrals per status and offer, and the overdue ones, from the index alone
-- (lib/domain/referrals/list-sql.ts, inboxSummarySql).
-- CreateIndex
CREATE INDEX "Referral_receivingMunicipalityId_status_offerId_receiptDueA_idx" ON "Referral"("receivingMunicipalityId", "status", "offerId", "receiptDueAt", "decisionDueAt", "closingDueAt");
