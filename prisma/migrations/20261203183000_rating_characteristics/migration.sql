-- AlterTable
ALTER TABLE "QualityStatement" ADD COLUMN     "ratingCharacteristics" JSONB;

