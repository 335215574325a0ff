-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('not_started', 'in_progress', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "ActionRag" AS ENUM ('red', 'amber', 'green');

-- CreateEnum
CREATE TYPE "AccuracyOutcome" AS ENUM ('pending', 'accepted', 'partly_accepted', 'not_accepted');

-- CreateEnum
CREATE TYPE "VisitSessionKind" AS ENUM ('interview', 'focus_group', 'observation', 'other');

-- CreateEnum
CREATE TYPE "ParticipantGroup" AS ENUM ('staff', 'leader', 'partner', 'lived_experience', 'elected_member', 'other');

-- CreateEnum
CREATE TYPE "CqcRequestStatus" AS ENUM ('open', 'sent', 'withdrawn');

-- CreateTable
CREATE TABLE "ImprovementAction" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerId" UUID,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'not_started',
    "rag" "ActionRag" NOT NULL DEFAULT 'green',
    "statementKeys" TEXT[],
    "improvementStatementKey" TEXT,
    "improvementId" TEXT,
    "caseAuditQuestionId" UUID,
    "prepSessionId" UUID,
    "prepFollowUpId" UUID,
    "completionEvidenceId" UUID,
    "completedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImprovementAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementActionUpdate" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "status" "ActionStatus",
    "rag" "ActionRag",
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementActionNotice" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "channel" "NoticeChannel" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementActionNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineDate" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "note" TEXT NOT NULL DEFAULT '',
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimelineDate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessChecklistItem" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "phase" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "doneAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactualAccuracyPoint" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "draftText" TEXT NOT NULL,
    "correction" TEXT NOT NULL,
    "evidenceIds" TEXT[],
    "outcome" "AccuracyOutcome" NOT NULL DEFAULT 'pending',
    "outcomeNote" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FactualAccuracyPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitSession" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "VisitSessionKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "onlineLink" TEXT NOT NULL DEFAULT '',
    "cqcAttendees" TEXT NOT NULL DEFAULT '',
    "statementKeys" TEXT[],
    "notes" TEXT NOT NULL DEFAULT '',
    "debrief" TEXT NOT NULL DEFAULT '',
    "debriefedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitParticipant" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL DEFAULT '',
    "group" "ParticipantGroup" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitSessionParticipant" (
    "sessionId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "briefedAt" TIMESTAMP(3),

    CONSTRAINT "VisitSessionParticipant_pkey" PRIMARY KEY ("sessionId","participantId")
);

-- CreateTable
CREATE TABLE "VisitSessionEvidence" (
    "sessionId" UUID NOT NULL,
    "evidenceItemId" UUID NOT NULL,

    CONSTRAINT "VisitSessionEvidence_pkey" PRIMARY KEY ("sessionId","evidenceItemId")
);

-- CreateTable
CREATE TABLE "CqcFollowUpRequest" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "sessionId" UUID,
    "request" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE NOT NULL,
    "status" "CqcRequestStatus" NOT NULL DEFAULT 'open',
    "response" TEXT NOT NULL DEFAULT '',
    "sentAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CqcFollowUpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementAction_prepFollowUpId_key" ON "ImprovementAction"("prepFollowUpId");

-- CreateIndex
CREATE INDEX "ImprovementAction_workspaceId_dueDate_idx" ON "ImprovementAction"("workspaceId", "dueDate");

-- CreateIndex
CREATE INDEX "ImprovementAction_workspaceId_improvementStatementKey_idx" ON "ImprovementAction"("workspaceId", "improvementStatementKey");

-- CreateIndex
CREATE INDEX "ImprovementActionUpdate_actionId_idx" ON "ImprovementActionUpdate"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementActionNotice_actionId_dueDate_key" ON "ImprovementActionNotice"("actionId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineDate_workspaceId_key_key" ON "TimelineDate"("workspaceId", "key");

-- CreateIndex
CREATE INDEX "ReadinessChecklistItem_workspaceId_phase_idx" ON "ReadinessChecklistItem"("workspaceId", "phase");

-- CreateIndex
CREATE INDEX "FactualAccuracyPoint_workspaceId_idx" ON "FactualAccuracyPoint"("workspaceId");

-- CreateIndex
CREATE INDEX "VisitSession_workspaceId_startsAt_idx" ON "VisitSession"("workspaceId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "VisitParticipant_workspaceId_name_jobTitle_key" ON "VisitParticipant"("workspaceId", "name", "jobTitle");

-- CreateIndex
CREATE INDEX "VisitSessionParticipant_participantId_idx" ON "VisitSessionParticipant"("participantId");

-- CreateIndex
CREATE INDEX "CqcFollowUpRequest_workspaceId_dueDate_idx" ON "CqcFollowUpRequest"("workspaceId", "dueDate");

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementActionUpdate" ADD CONSTRAINT "ImprovementActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "ImprovementAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementActionNotice" ADD CONSTRAINT "ImprovementActionNotice_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "ImprovementAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineDate" ADD CONSTRAINT "TimelineDate_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessChecklistItem" ADD CONSTRAINT "ReadinessChecklistItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactualAccuracyPoint" ADD CONSTRAINT "FactualAccuracyPoint_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSession" ADD CONSTRAINT "VisitSession_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitParticipant" ADD CONSTRAINT "VisitParticipant_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSessionParticipant" ADD CONSTRAINT "VisitSessionParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VisitSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSessionParticipant" ADD CONSTRAINT "VisitSessionParticipant_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "VisitParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSessionEvidence" ADD CONSTRAINT "VisitSessionEvidence_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VisitSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CqcFollowUpRequest" ADD CONSTRAINT "CqcFollowUpRequest_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CqcFollowUpRequest" ADD CONSTRAINT "CqcFollowUpRequest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VisitSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

