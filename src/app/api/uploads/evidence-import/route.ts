import { uploadEvidenceRegister } from "@/features/evidence/routes";

export const POST = uploadEvidenceRegister;
