-- CreateEnum
CREATE TYPE "EvidenceTextStatus" AS ENUM ('queued', 'read', 'unreadable');

-- AlterTable
ALTER TABLE "EvidenceItem" ADD COLUMN     "extractedPageStarts" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "textNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "textPages" INTEGER,
ADD COLUMN     "textReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "textStatus" "EvidenceTextStatus" NOT NULL DEFAULT 'queued',
ADD COLUMN     "textWords" INTEGER;

-- CreateTable
CREATE TABLE "EvidenceTextReading" (
    "fileId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "pagesDone" INTEGER NOT NULL DEFAULT 0,
    "pagesTotal" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceTextReading_pkey" PRIMARY KEY ("fileId")
);

-- CreateIndex
CREATE INDEX "EvidenceFile_sha256_idx" ON "EvidenceFile"("sha256");

-- CreateIndex
CREATE INDEX "EvidenceFile_textStatus_idx" ON "EvidenceFile"("textStatus");

-- Ranked search: title first, then description, then the file's text. A stored generated column,
-- so ranking reads the vector instead of parsing 20 KB of text per match; queries use it
-- (features/evidence/data.ts), and it replaces the expression index.
ALTER TABLE "EvidenceItem" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', "title"), 'A') ||
  setweight(to_tsvector('english', "description"), 'B') ||
  setweight(to_tsvector('english', "extractedText"), 'C')
) STORED;
DROP INDEX "EvidenceItem_search_idx";
CREATE INDEX "EvidenceItem_search_idx" ON "EvidenceItem" USING GIN ("searchVector");
