-- Large status-table imports run in the job queue (docs/decisions/033-import-jobs.md).
ALTER TYPE "ImportStatus" ADD VALUE 'QUEUED' BEFORE 'PREVIEW';
ALTER TYPE "ImportStatus" ADD VALUE 'CONFIRMING' BEFORE 'CONFIRMED';
ALTER TYPE "ImportStatus" ADD VALUE 'FAILED';

ALTER TABLE "InitiativeImport"
  ADD COLUMN "fileBytes" BYTEA,
  ADD COLUMN "phase" TEXT,
  ADD COLUMN "progressDone" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "progressTotal" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "failure" TEXT;

CREATE TABLE "JobWorkerHeartbeat" (
    "id" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "JobWorkerHeartbeat_pkey" PRIMARY KEY ("id")
);
