import { uploadPublishedOutcomes } from "@/features/benchmark/routes";

export const POST = uploadPublishedOutcomes;
