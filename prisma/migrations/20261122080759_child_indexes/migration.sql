-- CreateIndex
CREATE INDEX "InitiativeFocusPeriod_initiativeId_idx" ON "InitiativeFocusPeriod"("initiativeId");

-- CreateIndex
CREATE INDEX "InitiativeMilestone_initiativeId_idx" ON "InitiativeMilestone"("initiativeId");

-- CreateIndex
CREATE INDEX "OfferLocation_offerId_idx" ON "OfferLocation"("offerId");
