import PgBoss from "pg-boss";
import { settings } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * The one job queue (pg-boss on the app's own PostgreSQL, decision record 0010). Every instance
 * starts it with every feature's jobs (src/jobs.ts): each instance works the queues, and pg-boss
 * hands each job to one worker only, so a scheduled job runs once per slot however many
 * instances there are. Handlers must still be idempotent: a job whose worker dies part-way is
 * tried again.
 */
export type JobDefinition<T extends object = Record<string, never>> = {
  /** The queue's name, `<feature>-<what>` (pg-boss allows letters, digits, `-`, `_`, `.` and `/`). */
  name: string;
  /** A cron line (Europe/London) for scheduled work; absent for work that is sent. */
  cron?: string;
  /** Also run once when an instance starts (a clean-up that must not wait for its slot). */
  runAtStart?: boolean;
  handler: (data: T) => Promise<void>;
  /** How long one run may take before pg-boss takes it for lost and tries again. */
  expireInSeconds?: number;
  retryLimit?: number;
};

type AnyJob = JobDefinition<object>;

/** Lets a definition typed for its own data sit in a list with the others. */
export function defineJob<T extends object>(job: JobDefinition<T>): AnyJob {
  return job as unknown as AnyJob;
}

type QueueState = {
  boss?: PgBoss;
  starting?: Promise<PgBoss>;
  /** The database the queue was opened on: tests give each file its own. */
  url?: string;
  working: boolean;
  created: Set<string>;
};

// On globalThis because Next bundles src/instrumentation.ts apart from the routes and actions
// that send jobs: one queue per process, whichever bundle reaches it first.
const key = Symbol.for("care-act-readiness.job-queue");
const holder = globalThis as unknown as Record<symbol, QueueState | undefined>;
const state: QueueState = (holder[key] ??= { working: false, created: new Set() });

async function open(): Promise<PgBoss> {
  const { DATABASE_URL } = settings("DATABASE_URL");
  if (state.url && state.url !== DATABASE_URL) await stopJobQueue();
  if (state.boss) return state.boss;
  state.url = DATABASE_URL;
  state.starting ??= (async () => {
    const boss = new PgBoss({
      connectionString: DATABASE_URL,
      application_name: "care-act-readiness jobs",
      max: 4,
      // Finished jobs are kept a week for the operator, then removed by pg-boss's own upkeep.
      deleteAfterDays: 7,
    });
    boss.on("error", (error: Error) => logger.error({ err: error.message }, "job queue error"));
    try {
      await boss.start();
    } catch (error) {
      state.starting = undefined;
      throw error;
    }
    state.boss = boss;
    return boss;
  })();
  return state.starting;
}

/**
 * Starts this instance's workers for every job, and the schedules of those that have one. Safe
 * to call on every instance at once: queues and schedules are created if missing, never twice.
 */
export async function startJobQueue(jobs: readonly AnyJob[]): Promise<void> {
  if (state.working) return;
  state.working = true;
  try {
    await startWorkers(await open(), jobs);
  } catch (error) {
    state.working = false;
    throw error;
  }
  // scripts/web-server.mjs calls this before it exits on SIGTERM/SIGINT, so a deploy lets jobs finish.
  (globalThis as unknown as Record<symbol, unknown>)[Symbol.for("care-act-readiness.stop-job-queue")] = stopJobQueue;
}

async function startWorkers(boss: PgBoss, jobs: readonly AnyJob[]): Promise<void> {
  for (const job of jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit ?? 3,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds ?? 15 * 60,
    });
    state.created.add(job.name);
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "Europe/London" });
    // One job while one waits, however many instances start at once.
    if (job.runAtStart) await boss.send(job.name, {}, { singletonKey: "at-start" });
    await boss.work<object>(job.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async (batch) => {
      for (const one of batch) {
        try {
          await job.handler(one.data);
        } catch (error) {
          // The job's name and id, never its data.
          logger.error({ job: job.name, jobId: one.id, err: (error as Error).message }, "job failed");
          throw error;
        }
      }
    });
  }
}

/** Puts one job on the queue; any instance's worker runs it. Returns the job's id. */
export async function enqueue(name: string, data: object, options: { singletonKey?: string } = {}): Promise<string> {
  const boss = await open();
  // The queue may not exist yet when this process has not started workers (a test, a script).
  if (!state.created.has(name)) {
    await boss.createQueue(name, { name });
    state.created.add(name);
  }
  const id = await boss.send(name, data, options);
  if (!id) throw new Error(`The job queue did not accept a ${name} job`);
  return id;
}

/**
 * Stops taking new jobs, lets those running finish (up to `timeoutMs`), then closes the
 * queue's connections. A job still running then is left for another instance to take up.
 */
export async function stopJobQueue(timeoutMs = 10_000): Promise<void> {
  const starting = state.starting;
  if (!starting) return;
  const boss = await starting.catch(() => undefined);
  state.boss = undefined;
  state.starting = undefined;
  state.url = undefined;
  state.working = false;
  state.created.clear();
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
