/**
 * Who a mock interview question suits. The keys are those of the starting bank
 * (prisma/reference/interview-questions.json); a test keeps the two the same.
 */
export const AUDIENCES = [
  { key: "frontline-social-workers", name: "Frontline social workers" },
  { key: "occupational-therapists", name: "Occupational therapists" },
  { key: "team-managers", name: "Team managers" },
  { key: "principal-social-worker", name: "Principal social worker" },
  { key: "senior-leaders", name: "Senior leaders" },
  { key: "commissioners", name: "Commissioners" },
  { key: "safeguarding-team", name: "Safeguarding team" },
  { key: "partners", name: "Partners" },
  { key: "elected-members", name: "Elected members" },
] as const;

export type AudienceKey = (typeof AUDIENCES)[number]["key"];

export const AUDIENCE_KEYS = AUDIENCES.map((audience) => audience.key) as [AudienceKey, ...AudienceKey[]];

export function audienceName(key: string): string {
  return AUDIENCES.find((audience) => audience.key === key)?.name ?? key;
}
