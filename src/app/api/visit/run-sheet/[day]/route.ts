import { exportRunSheet } from "@/features/visit/routes";

export const GET = exportRunSheet;
