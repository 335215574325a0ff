-- AlterTable
ALTER TABLE "ReadinessChecklistItem" ADD COLUMN     "followsDays" INTEGER,
ADD COLUMN     "followsKey" TEXT;

