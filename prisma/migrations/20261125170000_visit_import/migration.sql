-- CreateTable
CREATE TABLE "VisitImport" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "imported" INTEGER,

    CONSTRAINT "VisitImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VisitImport_workspaceId_createdAt_idx" ON "VisitImport"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "VisitImport" ADD CONSTRAINT "VisitImport_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

