-- CreateTable
CREATE TABLE "InitiativeImportGroup" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "targetForumId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InitiativeImportGroup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeImportGroup_forumId_groupKey_key" ON "InitiativeImportGroup"("forumId", "groupKey");

-- AddForeignKey
ALTER TABLE "InitiativeImportGroup" ADD CONSTRAINT "InitiativeImportGroup_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeImportGroup" ADD CONSTRAINT "InitiativeImportGroup_targetForumId_fkey" FOREIGN KEY ("targetForumId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

