-- CreateEnum
CREATE TYPE "DeadlineAlertStage" AS ENUM ('REMINDER', 'OVERDUE');

-- CreateEnum
CREATE TYPE "EmailMode" AS ENUM ('IMMEDIATE', 'DIGEST', 'NEVER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'REFERRAL_DEADLINE_SOON';
ALTER TYPE "NotificationKind" ADD VALUE 'REFERRAL_OVERDUE';

-- AlterEnum
ALTER TYPE "ReferralEventType" ADD VALUE 'OVERDUE';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "reviewDueNotifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ReferralDeadlineAlert" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "milestone" "ReferralMilestone" NOT NULL,
    "stage" "DeadlineAlertStage" NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralDeadlineAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "mode" "EmailMode" NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL,
    "revalidatedAt" BIGINT NOT NULL,

    CONSTRAINT "CacheTag_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReferralDeadlineAlert_referralId_milestone_stage_dueAt_key" ON "ReferralDeadlineAlert"("referralId", "milestone", "stage", "dueAt");

-- AddForeignKey
ALTER TABLE "ReferralDeadlineAlert" ADD CONSTRAINT "ReferralDeadlineAlert_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

