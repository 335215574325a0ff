import { uploadCaseExtract } from "@/features/cases/routes";

export const POST = uploadCaseExtract;
