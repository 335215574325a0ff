import { exportSessionBriefing } from "@/features/visit/routes";

export const GET = exportSessionBriefing;
