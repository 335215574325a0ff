-- CreateTable
CREATE TABLE "PublishedOutcomeImport" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "rows" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "setId" UUID,

    CONSTRAINT "PublishedOutcomeImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublishedOutcomeImport_workspaceId_createdAt_idx" ON "PublishedOutcomeImport"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "PublishedOutcomeImport" ADD CONSTRAINT "PublishedOutcomeImport_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

