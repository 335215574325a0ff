-- AlterTable
ALTER TABLE "ImprovementAction" ADD COLUMN     "cqcFindingId" UUID;

-- CreateTable
CREATE TABLE "CqcResult" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "publishedOn" DATE NOT NULL,
    "rating" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "reportUrl" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CqcResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CqcResultStatement" (
    "resultId" UUID NOT NULL,
    "statementKey" TEXT NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "CqcResultStatement_pkey" PRIMARY KEY ("resultId","statementKey")
);

-- CreateTable
CREATE TABLE "CqcFinding" (
    "id" UUID NOT NULL,
    "resultId" UUID NOT NULL,
    "statementKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "CqcFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CqcResult_workspaceId_key" ON "CqcResult"("workspaceId");

-- CreateIndex
CREATE INDEX "CqcFinding_resultId_statementKey_position_idx" ON "CqcFinding"("resultId", "statementKey", "position");

-- CreateIndex
CREATE INDEX "ImprovementAction_cqcFindingId_idx" ON "ImprovementAction"("cqcFindingId");

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_cqcFindingId_fkey" FOREIGN KEY ("cqcFindingId") REFERENCES "CqcFinding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CqcResult" ADD CONSTRAINT "CqcResult_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CqcResultStatement" ADD CONSTRAINT "CqcResultStatement_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "CqcResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CqcFinding" ADD CONSTRAINT "CqcFinding_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "CqcResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

