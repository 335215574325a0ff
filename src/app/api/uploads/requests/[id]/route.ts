import { uploadRequestAnswer } from "@/features/evidence-requests/routes";

// Large uploads stream straight through; this path is left out of the proxy (src/proxy.ts).
export const POST = uploadRequestAnswer;
