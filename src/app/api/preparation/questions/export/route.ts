import { exportQuestionBank } from "@/features/question-bank/routes";

export const GET = exportQuestionBank;
