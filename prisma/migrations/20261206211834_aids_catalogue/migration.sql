-- CreateEnum
CREATE TYPE "AidCategory" AS ENUM ('TREATMENT_AID', 'SOCIAL_AID', 'NURSING_AID', 'REHABILITATION_AID', 'OTHER_AID');

-- CreateEnum
CREATE TYPE "AidParty" AS ENUM ('REGION', 'MUNICIPALITY', 'SHARED');

-- CreateEnum
CREATE TYPE "AidProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- AlterEnum
ALTER TYPE "ForumKind" ADD VALUE 'AIDS_COUNCIL';

-- CreateTable
CREATE TABLE "AidCatalogue" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AidCatalogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AidItem" (
    "id" TEXT NOT NULL,
    "catalogueId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "AidCategory" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "synonyms" TEXT NOT NULL DEFAULT '',
    "temporaryAssessment" "AidParty" NOT NULL,
    "temporarySupply" "AidParty" NOT NULL,
    "temporaryInstruction" "AidParty" NOT NULL,
    "temporaryMaintenance" "AidParty" NOT NULL,
    "temporaryLegalBasis" TEXT NOT NULL DEFAULT '',
    "temporaryNote" TEXT NOT NULL DEFAULT '',
    "permanentAssessment" "AidParty" NOT NULL,
    "permanentSupply" "AidParty" NOT NULL,
    "permanentInstruction" "AidParty" NOT NULL,
    "permanentMaintenance" "AidParty" NOT NULL,
    "permanentLegalBasis" TEXT NOT NULL DEFAULT '',
    "permanentNote" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AidItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AidItemRevision" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "authorId" TEXT,
    "proposalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AidItemRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AidProposal" (
    "id" TEXT NOT NULL,
    "catalogueId" TEXT NOT NULL,
    "itemId" TEXT,
    "baseVersion" INTEGER,
    "proposed" JSONB NOT NULL,
    "justification" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "status" "AidProposalStatus" NOT NULL DEFAULT 'PENDING',
    "decisionReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "meetingId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AidProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AidCatalogue_regionId_key" ON "AidCatalogue"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "AidItem_catalogueId_number_key" ON "AidItem"("catalogueId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AidItemRevision_itemId_revision_key" ON "AidItemRevision"("itemId", "revision");

-- CreateIndex
CREATE INDEX "AidProposal_catalogueId_status_idx" ON "AidProposal"("catalogueId", "status");

-- CreateIndex
CREATE INDEX "AidProposal_itemId_idx" ON "AidProposal"("itemId");

-- AddForeignKey
ALTER TABLE "AidCatalogue" ADD CONSTRAINT "AidCatalogue_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidItem" ADD CONSTRAINT "AidItem_catalogueId_fkey" FOREIGN KEY ("catalogueId") REFERENCES "AidCatalogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidItemRevision" ADD CONSTRAINT "AidItemRevision_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AidItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidItemRevision" ADD CONSTRAINT "AidItemRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidItemRevision" ADD CONSTRAINT "AidItemRevision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "AidProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidProposal" ADD CONSTRAINT "AidProposal_catalogueId_fkey" FOREIGN KEY ("catalogueId") REFERENCES "AidCatalogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidProposal" ADD CONSTRAINT "AidProposal_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AidItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidProposal" ADD CONSTRAINT "AidProposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidProposal" ADD CONSTRAINT "AidProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidProposal" ADD CONSTRAINT "AidProposal_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

