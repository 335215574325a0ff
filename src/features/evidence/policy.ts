import { can, type Member } from "@/lib/authz/policy";

/**
 * Who is looking at the evidence library, and whether they may see items that contain personal
 * data. Every read of evidence (list, item, files, coverage, information return links) takes this.
 */
export type EvidenceViewer = { userId: string; maySeeSensitive: boolean };

export function evidenceViewer(userId: string, member: Member): EvidenceViewer {
  return { userId, maySeeSensitive: can(member, "evidence:read-sensitive") };
}
