import "server-only";
import type { Readable } from "node:stream";
import { isoDay, ukToday } from "@/lib/calendar";
import { systemScope, type WorkspaceScope } from "@/lib/authz/scope";
import { defineJob, enqueue } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { configuredStorage } from "@/lib/storage/configured";
import type { EvidenceViewer } from "@/features/evidence/policy";
import { getPackContents } from "@/features/information-return/data";
import { recordPackExport } from "@/features/information-return/mutations";
import { buildPack } from "@/features/information-return/documents/pack";
import { getDashboardFacts } from "@/features/reporting/data";
import { buildDashboard } from "@/features/reporting/domain";
import { recordReportExport } from "@/features/reporting/mutations";
import { buildBoardPackPdf } from "@/features/reporting/documents/board-pack-pdf";
import { getExportForJob, listExportsFinishedBefore } from "./data";
import { markExportFailed, markExportReady, markExportRunning, removeExports, setExportProgress } from "./mutations";
import { EXPORTS_KEPT_DAYS, type ExportKind } from "./domain";

const BUILD = "exports-build";

/** What the job is told besides the row: what the person could see when they asked. */
export type ExportJobData = { exportId: string; councilName: string; maySeeSensitive: boolean };

/** Puts an export on the queue; whichever instance's worker takes it builds it. */
export async function sendExportJob(data: ExportJobData): Promise<void> {
  await enqueue(BUILD, data);
}

type Built = { body: Readable; fileName: string; contentType: string; stored?: () => Promise<void> };
type Progress = (done: number, total: number) => void;

const dated = (name: string, extension: string) => `${name}-${isoDay(ukToday(new Date()))}.${extension}`;

async function informationReturnPack(scope: WorkspaceScope, userId: string, progress: Progress): Promise<Built> {
  const items = await getPackContents(scope);
  const { archive, files } = buildPack(items, configuredStorage());
  // Every linked file and the index: the entries the ZIP will hold.
  const total = files + 1;
  progress(0, total);
  archive.on("progress", ({ entries }: { entries: { processed: number } }) => progress(entries.processed, total));
  return {
    body: archive,
    fileName: dated("information-return-pack", "zip"),
    contentType: "application/zip",
    stored: () => recordPackExport(scope, { userId }, { items: items.length, files }),
  };
}

async function boardPack(scope: WorkspaceScope, viewer: EvidenceViewer, councilName: string, progress: Progress) {
  progress(0, 3);
  const now = new Date();
  const facts = await getDashboardFacts(scope, viewer, now);
  progress(1, 3);
  const { pack } = buildDashboard(facts, { councilName, now });
  const pdf = buildBoardPackPdf(pack);
  progress(2, 3);
  return {
    body: pdf as unknown as Readable,
    fileName: dated("board-briefing", "pdf"),
    contentType: "application/pdf",
    stored: () => recordReportExport(scope, { userId: viewer.userId }, "board_pack_pdf"),
  } satisfies Built;
}

/**
 * Builds one export into storage. Idempotent: a finished or failed export is left as it is, and
 * one whose worker was lost part-way (pg-boss gives the job to another worker once it expires)
 * is built again from the start under the same storage key.
 */
export async function buildExport(data: ExportJobData): Promise<void> {
  const row = await getExportForJob(data.exportId);
  if (!row || row.status === "ready" || row.status === "failed") return;
  const scope = systemScope(row.workspaceId);
  await markExportRunning(row.id, 0);

  // Progress is written at most twice a second, one write after another.
  let last = 0;
  let writing: Promise<void> = Promise.resolve();
  const progress: Progress = (done, total) => {
    const now = Date.now();
    if (done !== 0 && done < total && now - last < 500) return;
    last = now;
    writing = writing.then(() => setExportProgress(row.id, done, total)).catch(() => undefined);
  };

  try {
    const kind: ExportKind = row.kind;
    const built =
      kind === "information_return_pack"
        ? await informationReturnPack(scope, row.requestedById, progress)
        : await boardPack(
            scope,
            { userId: row.requestedById, maySeeSensitive: data.maySeeSensitive },
            data.councilName,
            progress,
          );
    const storageKey = `exports/${row.workspaceId}/${row.id}`;
    await configuredStorage().write(storageKey, built.body);
    await writing;
    await built.stored?.();
    await markExportReady(row.id, { fileName: built.fileName, contentType: built.contentType, storageKey });
  } catch (error) {
    logger.error({ exportId: row.id, err: (error as Error).message }, "export failed");
    await writing;
    await markExportFailed(row.id);
  }
}

/** Finished exports are kept a week, then their files and rows go. */
export async function removeOldExports(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - EXPORTS_KEPT_DAYS * 24 * 60 * 60_000);
  const storage = configuredStorage();
  let removed = 0;
  for (;;) {
    const old = await listExportsFinishedBefore(before);
    if (old.length === 0) return removed;
    for (const one of old) if (one.storageKey) await storage.remove(one.storageKey);
    await removeExports(old.map((one) => one.id));
    removed += old.length;
  }
}

export const exportJobs = [
  defineJob<ExportJobData>({ name: BUILD, handler: buildExport, expireInSeconds: 30 * 60, retryLimit: 2 }),
  defineJob({
    name: "exports-clean-up",
    cron: "23 3 * * *",
    handler: async () => {
      const removed = await removeOldExports();
      if (removed > 0) logger.info({ removed }, "old exports removed");
    },
  }),
];
