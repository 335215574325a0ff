-- CreateEnum
CREATE TYPE "InformationReturnStatus" AS ENUM ('not_started', 'in_progress', 'ready', 'submitted');

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "notificationDate" DATE;

-- CreateTable
CREATE TABLE "InformationReturnItem" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "statementKeys" TEXT[],
    "ownerId" UUID,
    "status" "InformationReturnStatus" NOT NULL DEFAULT 'not_started',
    "dueDate" DATE,
    "notes" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InformationReturnItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationReturnEvidence" (
    "itemId" UUID NOT NULL,
    "evidenceItemId" UUID NOT NULL,
    "pointer" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "InformationReturnEvidence_pkey" PRIMARY KEY ("itemId","evidenceItemId")
);

-- CreateIndex
CREATE UNIQUE INDEX "InformationReturnItem_workspaceId_reference_key" ON "InformationReturnItem"("workspaceId", "reference");

-- CreateIndex
CREATE INDEX "InformationReturnEvidence_evidenceItemId_idx" ON "InformationReturnEvidence"("evidenceItemId");

-- AddForeignKey
ALTER TABLE "InformationReturnItem" ADD CONSTRAINT "InformationReturnItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationReturnEvidence" ADD CONSTRAINT "InformationReturnEvidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "InformationReturnItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationReturnEvidence" ADD CONSTRAINT "InformationReturnEvidence_evidenceItemId_fkey" FOREIGN KEY ("evidenceItemId") REFERENCES "EvidenceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

