import { exportEvidenceRegister } from "@/features/reporting/routes";

export const GET = exportEvidenceRegister;
