import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { allJobs } from "@/jobs";
import { defineJob, enqueue, startJobQueue, stopJobQueue } from "./queue";

const seen: string[] = [];
const echo = defineJob<{ word: string }>({
  name: "test-echo",
  handler: async ({ word }) => {
    seen.push(word);
  },
});

afterAll(async () => {
  await stopJobQueue();
});

async function until(check: () => boolean, timeoutMs = 20_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting for the job queue");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the job queue", () => {
  it("runs each job sent once, and schedules every feature's scheduled work", async () => {
    await startJobQueue([...allJobs, echo]);
    // A second start (two bundles of one process both starting it) changes nothing.
    await startJobQueue([...allJobs, echo]);
    await Promise.all(["one", "two", "three"].map((word) => enqueue("test-echo", { word })));
    await until(() => seen.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(seen.sort()).toEqual(["one", "three", "two"]);

    const schedules = await db.$queryRaw<{ name: string; cron: string; timezone: string }[]>`
      SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`;
    expect(schedules).toEqual([
      { name: "evidence-queue-unread-files", cron: "* * * * *", timezone: "Europe/London" },
      { name: "evidence-requests-reminders", cron: "*/15 * * * *", timezone: "Europe/London" },
      { name: "exports-clean-up", cron: "23 3 * * *", timezone: "Europe/London" },
      { name: "improvement-plan-overdue-reminders", cron: "*/15 * * * *", timezone: "Europe/London" },
      { name: "storage-abandoned-file-sweep", cron: "7 * * * *", timezone: "Europe/London" },
    ]);
  });

  it("stops cleanly and starts again", async () => {
    await stopJobQueue();
    await startJobQueue([echo]);
    await enqueue("test-echo", { word: "again" });
    await until(() => seen.includes("again"));
  });
});
