import { uploadEvidenceFile } from "@/features/evidence/routes";

// Large uploads stream straight through; this path is left out of the proxy (src/proxy.ts).
export const POST = uploadEvidenceFile;
