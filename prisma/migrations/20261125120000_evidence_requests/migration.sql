-- CreateEnum
CREATE TYPE "EvidenceRequestStatus" AS ENUM ('open', 'answered', 'declined', 'withdrawn');

-- CreateEnum
CREATE TYPE "EvidenceRequestNoticeKind" AS ENUM ('asked', 'due_soon', 'overdue');

-- CreateEnum
CREATE TYPE "NoticeChannel" AS ENUM ('email', 'in_app');

-- AlterTable
ALTER TABLE "EvidenceItem" ADD COLUMN     "extractedText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "EvidenceItemIStatement" (
    "itemId" UUID NOT NULL,
    "iStatementId" UUID NOT NULL,

    CONSTRAINT "EvidenceItemIStatement_pkey" PRIMARY KEY ("itemId","iStatementId")
);

-- CreateTable
CREATE TABLE "EvidenceRequest" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "assigneeId" UUID NOT NULL,
    "qualityStatementId" UUID,
    "informationReturnItemId" UUID,
    "categoryKey" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" "EvidenceRequestStatus" NOT NULL DEFAULT 'open',
    "declineReason" TEXT,
    "evidenceItemId" UUID,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceRequestNotice" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "kind" "EvidenceRequestNoticeKind" NOT NULL,
    "channel" "NoticeChannel" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceRequestNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceItemIStatement_iStatementId_idx" ON "EvidenceItemIStatement"("iStatementId");

-- CreateIndex
CREATE INDEX "EvidenceRequest_workspaceId_status_dueDate_idx" ON "EvidenceRequest"("workspaceId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "EvidenceRequest_assigneeId_status_idx" ON "EvidenceRequest"("assigneeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceRequestNotice_requestId_kind_key" ON "EvidenceRequestNotice"("requestId", "kind");

-- AddForeignKey
ALTER TABLE "EvidenceItemIStatement" ADD CONSTRAINT "EvidenceItemIStatement_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "EvidenceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItemIStatement" ADD CONSTRAINT "EvidenceItemIStatement_iStatementId_fkey" FOREIGN KEY ("iStatementId") REFERENCES "IStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRequest" ADD CONSTRAINT "EvidenceRequest_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRequest" ADD CONSTRAINT "EvidenceRequest_qualityStatementId_fkey" FOREIGN KEY ("qualityStatementId") REFERENCES "QualityStatement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRequest" ADD CONSTRAINT "EvidenceRequest_informationReturnItemId_fkey" FOREIGN KEY ("informationReturnItemId") REFERENCES "InformationReturnItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRequest" ADD CONSTRAINT "EvidenceRequest_evidenceItemId_fkey" FOREIGN KEY ("evidenceItemId") REFERENCES "EvidenceItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRequestNotice" ADD CONSTRAINT "EvidenceRequestNotice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "EvidenceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Search now also covers the text of the latest file where it is cheap to read; queries use the
-- same expression (features/evidence/data.ts).
DROP INDEX "EvidenceItem_search_idx";
CREATE INDEX "EvidenceItem_search_idx" ON "EvidenceItem"
  USING GIN (to_tsvector('english', "title" || ' ' || "description" || ' ' || "extractedText"));
