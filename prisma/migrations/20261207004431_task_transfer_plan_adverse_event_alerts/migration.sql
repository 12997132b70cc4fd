-- CreateEnum
CREATE TYPE "WorkflowDeadline" AS ENUM ('ADVERSE_EVENT_CLOSE', 'TASK_TRANSFER_NOTICE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'ADVERSE_EVENT_DEADLINE_SOON';
ALTER TYPE "NotificationKind" ADD VALUE 'ADVERSE_EVENT_OVERDUE';

-- AlterEnum
ALTER TYPE "TaskTransferStatus" ADD VALUE 'EVALUATED';

-- AlterTable
ALTER TABLE "Obligation" ADD COLUMN     "workflowDeadline" "WorkflowDeadline";

-- AlterTable
ALTER TABLE "TaskTransfer" ADD COLUMN     "evaluatedAt" TIMESTAMP(3),
ADD COLUMN     "evaluatedById" TEXT,
ADD COLUMN     "evaluation" TEXT;

-- CreateTable
CREATE TABLE "TaskTransferMilestone" (
    "id" TEXT NOT NULL,
    "transferId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "party" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskTransferMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdverseEventDeadlineAlert" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "stage" "DeadlineAlertStage" NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdverseEventDeadlineAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskTransferMilestone_transferId_position_idx" ON "TaskTransferMilestone"("transferId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AdverseEventDeadlineAlert_eventId_stage_dueAt_key" ON "AdverseEventDeadlineAlert"("eventId", "stage", "dueAt");

-- AddForeignKey
ALTER TABLE "TaskTransfer" ADD CONSTRAINT "TaskTransfer_evaluatedById_fkey" FOREIGN KEY ("evaluatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTransferMilestone" ADD CONSTRAINT "TaskTransferMilestone_transferId_fkey" FOREIGN KEY ("transferId") REFERENCES "TaskTransfer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTransferMilestone" ADD CONSTRAINT "TaskTransferMilestone_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdverseEventDeadlineAlert" ADD CONSTRAINT "AdverseEventDeadlineAlert_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AdverseEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The party that completes a milestone ('transferring' or 'receiving') is checked by the input schema
-- (lib/domain/task-transfers/schemas.ts), not by a CHECK constraint: Prisma 6.19's WebAssembly schema
-- engine crashes ("RuntimeError: unreachable") diffing a migration history that holds one, which
-- broke `npm run db:drift`.
