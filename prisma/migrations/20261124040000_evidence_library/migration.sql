-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('document', 'link', 'data_or_metric', 'case_study', 'feedback_or_survey', 'other');

-- CreateEnum
CREATE TYPE "EvidenceStatus" AS ENUM ('draft', 'ready', 'approved', 'out_of_date');

-- CreateTable
CREATE TABLE "EvidenceItem" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "EvidenceKind" NOT NULL,
    "url" TEXT,
    "ownerId" UUID,
    "sourceTeam" TEXT NOT NULL DEFAULT '',
    "evidenceDate" DATE,
    "reviewBy" DATE,
    "containsPersonalData" BOOLEAN NOT NULL DEFAULT false,
    "status" "EvidenceStatus" NOT NULL DEFAULT 'draft',
    "categories" TEXT[],
    "tags" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceItemStatement" (
    "itemId" UUID NOT NULL,
    "qualityStatementId" UUID NOT NULL,

    CONSTRAINT "EvidenceItemStatement_pkey" PRIMARY KEY ("itemId","qualityStatementId")
);

-- CreateIndex
CREATE INDEX "EvidenceItem_workspaceId_updatedAt_idx" ON "EvidenceItem"("workspaceId", "updatedAt");

-- CreateIndex
CREATE INDEX "EvidenceItem_workspaceId_ownerId_idx" ON "EvidenceItem"("workspaceId", "ownerId");

-- CreateIndex
CREATE INDEX "EvidenceItemStatement_qualityStatementId_idx" ON "EvidenceItemStatement"("qualityStatementId");

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItemStatement" ADD CONSTRAINT "EvidenceItemStatement_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "EvidenceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItemStatement" ADD CONSTRAINT "EvidenceItemStatement_qualityStatementId_fkey" FOREIGN KEY ("qualityStatementId") REFERENCES "QualityStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Full-text search over title and description (English stemming). Prisma cannot describe an
-- expression index, so it lives here; queries use the same expression (features/evidence/data.ts).
CREATE INDEX "EvidenceItem_search_idx" ON "EvidenceItem"
  USING GIN (to_tsvector('english', "title" || ' ' || "description"));
