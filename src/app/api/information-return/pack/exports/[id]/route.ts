import { downloadInformationReturnPackExport } from "@/features/exports/routes";

export const GET = downloadInformationReturnPackExport;
