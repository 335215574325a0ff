-- Assessment cycles. Every workspace's existing self-assessment, snapshots, key dates, checklist
-- and notification date become its first cycle ("First assessment"); nothing is dropped before
-- it has been copied.

-- CreateEnum
CREATE TYPE "CycleKind" AS ENUM ('first_assessment', 'annual_self_assessment', 're_assessment', 'thematic_review');

-- CreateTable
CREATE TABLE "AssessmentCycle" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "kind" "CycleKind" NOT NULL,
    "name" TEXT NOT NULL,
    "startedOn" DATE NOT NULL,
    "notificationDate" DATE,
    "statementKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lens" TEXT NOT NULL DEFAULT '',
    "previousCycleId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentCycle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssessmentCycle_workspaceId_createdAt_idx" ON "AssessmentCycle"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "AssessmentCycle_previousCycleId_idx" ON "AssessmentCycle"("previousCycleId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentCycle_workspaceId_name_key" ON "AssessmentCycle"("workspaceId", "name");

-- The first cycle of every workspace, started when the workspace was, holding its notification date.
INSERT INTO "AssessmentCycle" ("id", "workspaceId", "kind", "name", "startedOn", "notificationDate", "createdAt")
SELECT gen_random_uuid(), "id", 'first_assessment', 'First assessment', "createdAt"::date, "notificationDate", "createdAt"
FROM "Workspace";

-- AlterTable
ALTER TABLE "StatementAssessment" ADD COLUMN     "cycleId" UUID;
ALTER TABLE "SelfAssessmentSnapshot" ADD COLUMN     "cycleId" UUID;
ALTER TABLE "TimelineDate" ADD COLUMN     "cycleId" UUID;
ALTER TABLE "ReadinessChecklistItem" ADD COLUMN     "cycleId" UUID;

UPDATE "StatementAssessment" AS row SET "cycleId" = cycle."id" FROM "AssessmentCycle" AS cycle WHERE cycle."workspaceId" = row."workspaceId";
UPDATE "SelfAssessmentSnapshot" AS row SET "cycleId" = cycle."id" FROM "AssessmentCycle" AS cycle WHERE cycle."workspaceId" = row."workspaceId";
UPDATE "TimelineDate" AS row SET "cycleId" = cycle."id" FROM "AssessmentCycle" AS cycle WHERE cycle."workspaceId" = row."workspaceId";
UPDATE "ReadinessChecklistItem" AS row SET "cycleId" = cycle."id" FROM "AssessmentCycle" AS cycle WHERE cycle."workspaceId" = row."workspaceId";

ALTER TABLE "StatementAssessment" ALTER COLUMN "cycleId" SET NOT NULL;
ALTER TABLE "SelfAssessmentSnapshot" ALTER COLUMN "cycleId" SET NOT NULL;
ALTER TABLE "TimelineDate" ALTER COLUMN "cycleId" SET NOT NULL;
ALTER TABLE "ReadinessChecklistItem" ALTER COLUMN "cycleId" SET NOT NULL;

-- DropIndex
DROP INDEX "StatementAssessment_workspaceId_qualityStatementId_key";

-- DropIndex
DROP INDEX "TimelineDate_workspaceId_key_key";

-- AlterTable
ALTER TABLE "Workspace" DROP COLUMN "notificationDate";

-- CreateIndex
CREATE INDEX "StatementAssessment_workspaceId_idx" ON "StatementAssessment"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "StatementAssessment_cycleId_qualityStatementId_key" ON "StatementAssessment"("cycleId", "qualityStatementId");

-- CreateIndex
CREATE INDEX "SelfAssessmentSnapshot_cycleId_idx" ON "SelfAssessmentSnapshot"("cycleId");

-- CreateIndex
CREATE INDEX "TimelineDate_workspaceId_idx" ON "TimelineDate"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineDate_cycleId_key_key" ON "TimelineDate"("cycleId", "key");

-- CreateIndex
CREATE INDEX "ReadinessChecklistItem_cycleId_phase_idx" ON "ReadinessChecklistItem"("cycleId", "phase");

-- AddForeignKey
ALTER TABLE "AssessmentCycle" ADD CONSTRAINT "AssessmentCycle_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentCycle" ADD CONSTRAINT "AssessmentCycle_previousCycleId_fkey" FOREIGN KEY ("previousCycleId") REFERENCES "AssessmentCycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAssessment" ADD CONSTRAINT "StatementAssessment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AssessmentCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentSnapshot" ADD CONSTRAINT "SelfAssessmentSnapshot_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AssessmentCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineDate" ADD CONSTRAINT "TimelineDate_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AssessmentCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessChecklistItem" ADD CONSTRAINT "ReadinessChecklistItem_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AssessmentCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
