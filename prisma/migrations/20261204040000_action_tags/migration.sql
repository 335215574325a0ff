-- AlterTable
ALTER TABLE "ImprovementAction" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];
