import { downloadEvidenceFile } from "@/features/evidence/routes";

export const GET = downloadEvidenceFile;
