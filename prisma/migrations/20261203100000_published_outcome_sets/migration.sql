-- CreateEnum
CREATE TYPE "PublishedOutcomeOrigin" AS ENUM ('bundled', 'imported');

-- CreateTable
CREATE TABLE "PublishedOutcomeSet" (
    "id" UUID NOT NULL,
    "workspaceId" UUID,
    "origin" "PublishedOutcomeOrigin" NOT NULL,
    "version" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "notes" TEXT[],
    "contentHash" TEXT NOT NULL,
    "fileName" TEXT,
    "importedById" UUID,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedOutcomeSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedOutcome" (
    "id" UUID NOT NULL,
    "setId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "council" TEXT NOT NULL,
    "onsCode" TEXT,
    "region" TEXT NOT NULL,
    "councilType" TEXT NOT NULL,
    "overallRating" TEXT NOT NULL,
    "scores" INTEGER[],
    "publishedPercent" INTEGER,
    "publishedPercentSource" TEXT,
    "reportUrl" TEXT NOT NULL,

    CONSTRAINT "PublishedOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublishedOutcomeSet_workspaceId_loadedAt_idx" ON "PublishedOutcomeSet"("workspaceId", "loadedAt");

-- CreateIndex
CREATE INDEX "PublishedOutcomeSet_contentHash_idx" ON "PublishedOutcomeSet"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedOutcome_setId_council_key" ON "PublishedOutcome"("setId", "council");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedOutcome_setId_position_key" ON "PublishedOutcome"("setId", "position");

-- AddForeignKey
ALTER TABLE "PublishedOutcome" ADD CONSTRAINT "PublishedOutcome_setId_fkey" FOREIGN KEY ("setId") REFERENCES "PublishedOutcomeSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-added (decision record 0002): a set that came with the app belongs to no workspace, an
-- imported set to exactly one; a published percentage lies in CQC's range.
ALTER TABLE "PublishedOutcomeSet" ADD CONSTRAINT "PublishedOutcomeSet_origin_matches_workspace"
  CHECK (("origin" = 'bundled') = ("workspaceId" IS NULL));
ALTER TABLE "PublishedOutcome" ADD CONSTRAINT "PublishedOutcome_published_percent_range"
  CHECK ("publishedPercent" IS NULL OR "publishedPercent" BETWEEN 25 AND 100);
