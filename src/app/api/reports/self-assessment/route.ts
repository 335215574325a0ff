import { exportSelfAssessmentDocx } from "@/features/reporting/routes";

export const GET = exportSelfAssessmentDocx;
