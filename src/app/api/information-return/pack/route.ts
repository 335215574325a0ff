import { exportInformationReturnPack } from "@/features/information-return/routes";

export const GET = exportInformationReturnPack;
