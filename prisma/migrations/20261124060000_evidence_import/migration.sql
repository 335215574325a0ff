-- CreateTable
CREATE TABLE "EvidenceImport" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "imported" INTEGER,

    CONSTRAINT "EvidenceImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceImport_workspaceId_createdAt_idx" ON "EvidenceImport"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "EvidenceImport" ADD CONSTRAINT "EvidenceImport_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

