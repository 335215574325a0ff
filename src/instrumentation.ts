/**
 * Runs once when a server instance starts: this instance's workers on the job queue (decision
 * record 0010). Every instance runs them; the queue gives each job to one worker.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ allJobs }, { startJobQueue }, { logger }] = await Promise.all([
    import("@/jobs"),
    import("@/lib/jobs/queue"),
    import("@/lib/logger"),
  ]);
  // A queue that cannot start (the database briefly away) must not keep the pages from serving;
  // it is tried again a minute later.
  const start = () =>
    startJobQueue(allJobs).catch((error: unknown) => {
      logger.error({ err: (error as Error).message }, "the job queue did not start; trying again in a minute");
      setTimeout(start, 60_000).unref();
    });
  await start();
}
