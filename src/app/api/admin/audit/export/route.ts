import { exportAuditTrail } from "@/features/audit-log/routes";

export const GET = exportAuditTrail;
