-- CreateEnum
CREATE TYPE "StatementStatus" AS ENUM ('not_started', 'in_progress', 'ready_for_review', 'agreed');

-- CreateTable
CREATE TABLE "StatementAssessment" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "qualityStatementId" UUID NOT NULL,
    "status" "StatementStatus" NOT NULL DEFAULT 'not_started',
    "version" INTEGER NOT NULL DEFAULT 0,
    "content" JSONB NOT NULL,
    "score" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "StatementAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementRevision" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "version" INTEGER,
    "kind" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "score" INTEGER,
    "status" "StatementStatus" NOT NULL,
    "note" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementComment" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessmentSnapshot" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "takenOn" DATE NOT NULL,
    "frameworkVersionId" UUID NOT NULL,
    "bands" JSONB NOT NULL,
    "rating" JSONB NOT NULL,
    "statements" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfAssessmentSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatementAssessment_qualityStatementId_idx" ON "StatementAssessment"("qualityStatementId");

-- CreateIndex
CREATE UNIQUE INDEX "StatementAssessment_workspaceId_qualityStatementId_key" ON "StatementAssessment"("workspaceId", "qualityStatementId");

-- CreateIndex
CREATE INDEX "StatementRevision_workspaceId_idx" ON "StatementRevision"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "StatementRevision_assessmentId_version_key" ON "StatementRevision"("assessmentId", "version");

-- CreateIndex
CREATE INDEX "StatementComment_assessmentId_createdAt_idx" ON "StatementComment"("assessmentId", "createdAt");

-- CreateIndex
CREATE INDEX "SelfAssessmentSnapshot_frameworkVersionId_idx" ON "SelfAssessmentSnapshot"("frameworkVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessmentSnapshot_workspaceId_name_key" ON "SelfAssessmentSnapshot"("workspaceId", "name");

-- AddForeignKey
ALTER TABLE "StatementAssessment" ADD CONSTRAINT "StatementAssessment_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAssessment" ADD CONSTRAINT "StatementAssessment_qualityStatementId_fkey" FOREIGN KEY ("qualityStatementId") REFERENCES "QualityStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementRevision" ADD CONSTRAINT "StatementRevision_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "StatementAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementComment" ADD CONSTRAINT "StatementComment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "StatementAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentSnapshot" ADD CONSTRAINT "SelfAssessmentSnapshot_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentSnapshot" ADD CONSTRAINT "SelfAssessmentSnapshot_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Scores are 1 to 4 (CQC); the database refuses anything else whatever the code does.
ALTER TABLE "StatementAssessment" ADD CONSTRAINT "StatementAssessment_score_range" CHECK ("score" BETWEEN 1 AND 4);
ALTER TABLE "StatementRevision" ADD CONSTRAINT "StatementRevision_score_range" CHECK ("score" BETWEEN 1 AND 4);
