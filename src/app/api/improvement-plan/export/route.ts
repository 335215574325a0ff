import { exportImprovementPlan } from "@/features/improvement-plan/routes";

export const GET = exportImprovementPlan;
