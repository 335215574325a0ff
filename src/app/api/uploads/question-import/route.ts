import { uploadQuestionImport } from "@/features/question-bank/routes";

export const POST = uploadQuestionImport;
