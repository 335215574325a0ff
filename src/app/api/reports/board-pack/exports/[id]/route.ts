import { downloadBoardPackExport } from "@/features/exports/routes";

export const GET = downloadBoardPackExport;
