import { exportCaseSample } from "@/features/cases/routes";

export const GET = exportCaseSample;
