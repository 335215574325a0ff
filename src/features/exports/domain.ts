import type { Permission } from "@/lib/authz/permissions";

/** The exports long enough to be built by a job rather than inside the request (decision record 0010). */
export type ExportKind = "information_return_pack" | "board_pack";
export type ExportStatus = "queued" | "running" | "ready" | "failed";

export const EXPORT_KINDS: Record<
  ExportKind,
  { name: string; permission: Permission; download: string; startedFrom: string; startedFromName: string }
> = {
  information_return_pack: {
    name: "information return pack (ZIP)",
    permission: "information-return:export",
    download: "/api/information-return/pack/exports",
    startedFrom: "/information-return",
    startedFromName: "the information return",
  },
  board_pack: {
    name: "board briefing pack (PDF)",
    permission: "report:export",
    download: "/api/reports/board-pack/exports",
    startedFrom: "/dashboard",
    startedFromName: "the dashboard",
  },
};

/** Whole per cent done, for the progress bar and its text; a finished export is 100. */
export function percentDone(item: { status: ExportStatus; done: number; total: number }): number {
  if (item.status === "ready") return 100;
  if (item.total <= 0) return 0;
  return Math.min(99, Math.floor((item.done / item.total) * 100));
}

export const EXPORTS_KEPT_DAYS = 7;
