-- AlterTable
ALTER TABLE "AssessmentCycle" ADD COLUMN     "visitWeeks" INTEGER NOT NULL DEFAULT 26;
