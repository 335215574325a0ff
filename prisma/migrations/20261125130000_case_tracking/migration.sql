-- CreateEnum
CREATE TYPE "CaseSampleStage" AS ENUM ('none', 'long_list', 'selected', 'engaged');

-- CreateEnum
CREATE TYPE "CaseAuditAnswerValue" AS ENUM ('yes', 'partly', 'no', 'not_applicable');

-- CreateEnum
CREATE TYPE "ReflectiveLogStatus" AS ENUM ('draft', 'submitted', 'signed_off');

-- CreateTable
CREATE TABLE "CaseCohort" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CaseCohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackedCase" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "reference" TEXT,
    "cohortId" UUID NOT NULL,
    "team" TEXT NOT NULL DEFAULT '',
    "practitioner" TEXT NOT NULL DEFAULT '',
    "firstContactDate" DATE,
    "assessmentDate" DATE,
    "planDate" DATE,
    "lastReviewDate" DATE,
    "supportType" TEXT NOT NULL DEFAULT '',
    "ageBand" TEXT,
    "ethnicity" TEXT,
    "sex" TEXT,
    "disability" TEXT,
    "stage" "CaseSampleStage" NOT NULL DEFAULT 'none',
    "consentToContact" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 1,
    "anonymisedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackedCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseContact" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "contactedOn" DATE NOT NULL,
    "method" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAuditQuestion" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "statementKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "CaseAuditQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAudit" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "auditorId" UUID NOT NULL,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseAudit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAuditAnswer" (
    "auditId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "answer" "CaseAuditAnswerValue" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CaseAuditAnswer_pkey" PRIMARY KEY ("auditId","questionId")
);

-- CreateTable
CREATE TABLE "ReflectiveLog" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "journey" TEXT NOT NULL DEFAULT '',
    "wentWell" TEXT NOT NULL DEFAULT '',
    "couldBeBetter" TEXT NOT NULL DEFAULT '',
    "personVoice" TEXT NOT NULL DEFAULT '',
    "outcomes" TEXT NOT NULL DEFAULT '',
    "status" "ReflectiveLogStatus" NOT NULL DEFAULT 'draft',
    "signedOffById" UUID,
    "signedOffAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReflectiveLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseImport" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "imported" INTEGER,

    CONSTRAINT "CaseImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseCohort_workspaceId_name_key" ON "CaseCohort"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "TrackedCase_workspaceId_stage_idx" ON "TrackedCase"("workspaceId", "stage");

-- CreateIndex
CREATE INDEX "TrackedCase_cohortId_idx" ON "TrackedCase"("cohortId");

-- CreateIndex
CREATE UNIQUE INDEX "TrackedCase_workspaceId_reference_key" ON "TrackedCase"("workspaceId", "reference");

-- CreateIndex
CREATE INDEX "CaseContact_caseId_idx" ON "CaseContact"("caseId");

-- CreateIndex
CREATE INDEX "CaseAuditQuestion_workspaceId_idx" ON "CaseAuditQuestion"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseAudit_caseId_key" ON "CaseAudit"("caseId");

-- CreateIndex
CREATE INDEX "CaseAuditAnswer_questionId_idx" ON "CaseAuditAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReflectiveLog_caseId_key" ON "ReflectiveLog"("caseId");

-- CreateIndex
CREATE INDEX "CaseImport_workspaceId_createdAt_idx" ON "CaseImport"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "CaseCohort" ADD CONSTRAINT "CaseCohort_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedCase" ADD CONSTRAINT "TrackedCase_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedCase" ADD CONSTRAINT "TrackedCase_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "CaseCohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseContact" ADD CONSTRAINT "CaseContact_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "TrackedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAuditQuestion" ADD CONSTRAINT "CaseAuditQuestion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAudit" ADD CONSTRAINT "CaseAudit_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "TrackedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAuditAnswer" ADD CONSTRAINT "CaseAuditAnswer_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "CaseAudit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAuditAnswer" ADD CONSTRAINT "CaseAuditAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "CaseAuditQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectiveLog" ADD CONSTRAINT "ReflectiveLog_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "TrackedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseImport" ADD CONSTRAINT "CaseImport_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

