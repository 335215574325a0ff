import { exportBoardPack } from "@/features/reporting/routes";

export const GET = exportBoardPack;
