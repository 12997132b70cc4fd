-- CreateEnum
CREATE TYPE "TaskTransferType" AS ENUM ('A_DEVELOPMENT', 'B_CAPACITY');

-- CreateEnum
CREATE TYPE "TaskTransferStatus" AS ENUM ('PROPOSED', 'AGREED', 'NOT_AGREED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AdverseEventGrade" AS ENUM ('SERIOUS', 'NOT_SERIOUS');

-- CreateEnum
CREATE TYPE "AdverseEventStatus" AS ENUM ('REPORTED', 'GRADED', 'ANALYSED', 'CLOSED');

-- AlterEnum
ALTER TYPE "ForumKind" ADD VALUE 'CLINICAL_MANAGEMENT';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'RISK_MANAGER';

-- CreateTable
CREATE TABLE "TaskTransfer" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "type" "TaskTransferType" NOT NULL,
    "status" "TaskTransferStatus" NOT NULL DEFAULT 'PROPOSED',
    "transferringOrganisationId" TEXT NOT NULL,
    "receivingOrganisationId" TEXT NOT NULL,
    "forumId" TEXT,
    "openedById" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "noticeMonths" INTEGER NOT NULL DEFAULT 6,
    "shortNotice" BOOLEAN NOT NULL,
    "task" TEXT NOT NULL,
    "patientGroup" TEXT NOT NULL,
    "patientsPerYear" INTEGER,
    "competences" TEXT NOT NULL DEFAULT '',
    "equipment" TEXT NOT NULL DEFAULT '',
    "documentation" TEXT NOT NULL DEFAULT '',
    "economyTransferring" TEXT NOT NULL DEFAULT '',
    "risks" TEXT NOT NULL DEFAULT '',
    "economyReceiving" TEXT NOT NULL DEFAULT '',
    "receivingAssessment" TEXT NOT NULL DEFAULT '',
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "agreedFrom" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TaskTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdverseEvent" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "dpsdReference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "reportingOrganisationId" TEXT NOT NULL,
    "reportedById" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closeDueAt" TIMESTAMP(3) NOT NULL,
    "status" "AdverseEventStatus" NOT NULL DEFAULT 'REPORTED',
    "grade" "AdverseEventGrade",
    "primaryHandlerOrganisationId" TEXT,
    "analysisGroup" TEXT,
    "analysis" TEXT,
    "actionPlan" TEXT,
    "implementationCriteria" TEXT,
    "summary" TEXT,
    "gradedAt" TIMESTAMP(3),
    "analysedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AdverseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdverseEventParty" (
    "eventId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "AdverseEventParty_pkey" PRIMARY KEY ("eventId","organisationId")
);

-- CreateTable
CREATE TABLE "AdverseEventAccessLog" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'view',
    "accessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdverseEventAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TaskTransfer_reference_key" ON "TaskTransfer"("reference");

-- CreateIndex
CREATE INDEX "TaskTransfer_transferringOrganisationId_openedAt_idx" ON "TaskTransfer"("transferringOrganisationId", "openedAt");

-- CreateIndex
CREATE INDEX "TaskTransfer_receivingOrganisationId_openedAt_idx" ON "TaskTransfer"("receivingOrganisationId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AdverseEvent_reference_key" ON "AdverseEvent"("reference");

-- CreateIndex
CREATE INDEX "AdverseEvent_reportingOrganisationId_reportedAt_idx" ON "AdverseEvent"("reportingOrganisationId", "reportedAt");

-- CreateIndex
CREATE INDEX "AdverseEvent_primaryHandlerOrganisationId_reportedAt_idx" ON "AdverseEvent"("primaryHandlerOrganisationId", "reportedAt");

-- CreateIndex
CREATE INDEX "AdverseEventParty_organisationId_idx" ON "AdverseEventParty"("organisationId");

-- CreateIndex
CREATE INDEX "AdverseEventAccessLog_eventId_accessedAt_idx" ON "AdverseEventAccessLog"("eventId", "accessedAt");

-- AddForeignKey
ALTER TABLE "TaskTransfer" ADD CONSTRAINT "TaskTransfer_transferringOrganisationId_fkey" FOREIGN KEY ("transferringOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTransfer" ADD CONSTRAINT "TaskTransfer_receivingOrganisationId_fkey" FOREIGN KEY ("receivingOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTransfer" ADD CONSTRAINT "TaskTransfer_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTransfer" ADD CONSTRAINT "TaskTransfer_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdverseEvent" ADD CONSTRAINT "AdverseEvent_reportingOrganisationId_fkey" FOREIGN KEY ("reportingOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdverseEvent" ADD CONSTRAINT "AdverseEvent_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdverseEvent" ADD CONSTRAINT "AdverseEvent_primaryHandlerOrganisationId_fkey" FOREIGN KEY ("primaryHandlerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdverseEventParty" ADD CONSTRAINT "AdverseEventParty_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AdverseEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdverseEventParty" ADD CONSTRAINT "AdverseEventParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdverseEventAccessLog" ADD CONSTRAINT "AdverseEventAccessLog_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AdverseEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdverseEventAccessLog" ADD CONSTRAINT "AdverseEventAccessLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdverseEventAccessLog" ADD CONSTRAINT "AdverseEventAccessLog_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The adverse-event access log is append-only, like the referral access log (init migration).
CREATE TRIGGER "AdverseEventAccessLog_append_only" BEFORE UPDATE OR DELETE ON "AdverseEventAccessLog"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only_row();
