-- CreateEnum
CREATE TYPE "PrepSessionFormat" AS ENUM ('workshop', 'mock_interview', 'briefing');

-- CreateEnum
CREATE TYPE "PulseMoment" AS ENUM ('before', 'after');

-- CreateEnum
CREATE TYPE "GoodPracticeKind" AS ENUM ('good_practice', 'challenge');

-- CreateTable
CREATE TABLE "InterviewQuestion" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "key" TEXT,
    "text" TEXT NOT NULL,
    "statementKeys" TEXT[],
    "audienceKeys" TEXT[],
    "prompts" TEXT[],
    "followUps" TEXT[],
    "retiredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterviewQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionImport" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "imported" INTEGER,

    CONSTRAINT "QuestionImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrepSession" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "format" "PrepSessionFormat" NOT NULL,
    "audienceKey" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "location" TEXT NOT NULL DEFAULT '',
    "facilitatorId" UUID NOT NULL,
    "attendees" TEXT[],
    "notes" TEXT NOT NULL DEFAULT '',
    "themes" TEXT[],
    "recordedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrepSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrepSessionQuestion" (
    "sessionId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PrepSessionQuestion_pkey" PRIMARY KEY ("sessionId","questionId")
);

-- CreateTable
CREATE TABLE "PrepFollowUp" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "doneAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrepFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseLink" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "moment" "PulseMoment" NOT NULL,
    "token" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "maxAnswers" INTEGER NOT NULL,
    "answerCount" INTEGER NOT NULL DEFAULT 0,
    "closedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PulseLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseAnswer" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "moment" "PulseMoment" NOT NULL,
    "scores" JSONB NOT NULL,

    CONSTRAINT "PulseAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodPracticeEntry" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "kind" "GoodPracticeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "team" TEXT NOT NULL DEFAULT '',
    "statementKeys" TEXT[],
    "authorId" UUID NOT NULL,
    "evidenceItemId" UUID,
    "convertedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GoodPracticeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InterviewQuestion_workspaceId_idx" ON "InterviewQuestion"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewQuestion_workspaceId_key_key" ON "InterviewQuestion"("workspaceId", "key");

-- CreateIndex
CREATE INDEX "QuestionImport_workspaceId_createdAt_idx" ON "QuestionImport"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "PrepSession_workspaceId_startsAt_idx" ON "PrepSession"("workspaceId", "startsAt");

-- CreateIndex
CREATE INDEX "PrepSession_facilitatorId_idx" ON "PrepSession"("facilitatorId");

-- CreateIndex
CREATE INDEX "PrepSessionQuestion_questionId_idx" ON "PrepSessionQuestion"("questionId");

-- CreateIndex
CREATE INDEX "PrepFollowUp_sessionId_idx" ON "PrepFollowUp"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "PulseLink_token_key" ON "PulseLink"("token");

-- CreateIndex
CREATE INDEX "PulseLink_sessionId_idx" ON "PulseLink"("sessionId");

-- CreateIndex
CREATE INDEX "PulseAnswer_sessionId_idx" ON "PulseAnswer"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "GoodPracticeEntry_evidenceItemId_key" ON "GoodPracticeEntry"("evidenceItemId");

-- CreateIndex
CREATE INDEX "GoodPracticeEntry_workspaceId_createdAt_idx" ON "GoodPracticeEntry"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "InterviewQuestion" ADD CONSTRAINT "InterviewQuestion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionImport" ADD CONSTRAINT "QuestionImport_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrepSession" ADD CONSTRAINT "PrepSession_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrepSessionQuestion" ADD CONSTRAINT "PrepSessionQuestion_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PrepSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrepSessionQuestion" ADD CONSTRAINT "PrepSessionQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "InterviewQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrepFollowUp" ADD CONSTRAINT "PrepFollowUp_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PrepSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseLink" ADD CONSTRAINT "PulseLink_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PrepSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseAnswer" ADD CONSTRAINT "PulseAnswer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PrepSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodPracticeEntry" ADD CONSTRAINT "GoodPracticeEntry_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

