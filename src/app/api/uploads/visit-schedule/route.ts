import { uploadVisitSchedule } from "@/features/visit/routes";

export const POST = uploadVisitSchedule;
