-- AlterTable
ALTER TABLE "EvidenceItem" ADD COLUMN     "dismissedSuggestions" TEXT[] DEFAULT ARRAY[]::TEXT[];
