/**
 * Load and fault run (a script that prints figures, not a test):
 *   npm run load                  50 signed-in users over the main pages for 60 seconds
 *   npm run load -- --restart-db  the same, restarting PostgreSQL 20 seconds in
 * Starts a throwaway embedded PostgreSQL with the demo council and 50 readiness-team users, the
 * production build of the app on loopback, and drives it with autocannon: every connection is a
 * different signed-in user walking the main pages. Prints throughput, latency (p50, p95, p99) and
 * errors, overall and per phase when PostgreSQL is restarted: requests in flight while it is down
 * fail cleanly (a 503 or 500 page, never a hang), and the app recovers by itself when it is back.
 * LOAD_SECONDS and LOAD_USERS change the duration and the number of users.
 */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDemo } from "../prisma/demo";
import { startAppInstance } from "../tests/support/app-instance";

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const RESTART_DB = process.argv.includes("--restart-db");
const RESTART_AT_S = 20;
const PAGES = [
  "/",
  "/dashboard",
  "/self-assessment",
  "/self-assessment/safeguarding",
  "/evidence",
  "/requests",
  "/information-return",
  "/cases",
  "/improvement-plan",
  "/timeline",
  "/visit",
  "/preparation",
];

type Sample = { at: number; ms: number; status: number };

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : 0;
}

function summarise(label: string, samples: Sample[], seconds: number) {
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const failed = samples.filter((sample) => sample.status >= 400 || sample.status === 0).length;
  console.log(
    `${label.padEnd(26)} ${String(samples.length).padStart(7)} requests  ${(samples.length / Math.max(seconds, 1)).toFixed(1).padStart(7)} req/s  p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(times, 95).toFixed(0).padStart(5)} ms  p99 ${percentile(times, 99).toFixed(0).padStart(5)} ms  errors ${failed}`,
  );
}

async function main() {
  let workspaceId = "";
  const users = Array.from({ length: USERS }, (_, index) => ({
    id: randomUUID(),
    email: `load${index}@northmoor.example`,
    name: `Load user ${index + 1}`,
  }));
  const instance = await startAppInstance({
    prepare: async () => {
      await seedDemo();
      ({ id: workspaceId } = await db.workspace.findFirstOrThrow({ select: { id: true } }));
      await db.user.createMany({ data: users });
      await db.membership.createMany({
        data: users.map((user) => ({
          workspaceId,
          userId: user.id,
          role: "readiness_lead" as const,
          status: "active" as const,
        })),
      });
    },
  });
  try {
    const cookies: string[] = [];
    for (const user of users) cookies.push(await instance.cookieFor(user.id, workspaceId));
    await disconnectDb();
    console.log(`Demo council with ${USERS} signed-in readiness-team users, ${PAGES.length} pages each.`);
    const base = instance.base;
    // One visit to each page first, so the first render of a route is not counted.
    for (const page of PAGES) await fetch(`${base}${page}`, { headers: { cookie: cookies[0]! } });

    const samples: Sample[] = [];
    const started = Date.now();
    let nextUser = 0;

    let downAt = 0;
    let upAt = 0;
    if (RESTART_DB) {
      setTimeout(async () => {
        downAt = Date.now() - started;
        await instance.stopDatabase();
        await instance.startDatabase();
        upAt = Date.now() - started;
      }, RESTART_AT_S * 1000);
    }
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: USERS,
          duration: SECONDS,
          timeout: 10,
          initialContext: {},
          // Each connection is one user, with their own session: the context is per connection,
          // and its first request gives it the next user's cookie, sent on every page after.
          requests: PAGES.map((page) => ({
            method: "GET" as const,
            path: page,
            setupRequest: (request: autocannon.Request, context: { cookie?: string }) => {
              context.cookie ??= cookies[nextUser++ % cookies.length]!;
              return { ...request, headers: { ...request.headers, cookie: context.cookie } };
            },
          })),
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      instance.on("response", (_client, statusCode, _bytes, responseTime) =>
        samples.push({ at: Date.now() - started, ms: responseTime, status: statusCode }),
      );
      instance.on("reqError", () => samples.push({ at: Date.now() - started, ms: 10_000, status: 0 }));
    });
    console.log(`\n${USERS} users, ${SECONDS} s, ${PAGES.length} pages in turn (autocannon):`);
    summarise("all", samples, SECONDS);
    if (RESTART_DB) {
      console.log(
        `PostgreSQL stopped at ${(downAt / 1000).toFixed(1)} s and was back at ${(upAt / 1000).toFixed(1)} s.`,
      );
      summarise(
        "before the restart",
        samples.filter((sample) => sample.at < downAt),
        downAt / 1000,
      );
      summarise(
        "while it was down",
        samples.filter((sample) => sample.at >= downAt && sample.at < upAt + 2000),
        (upAt + 2000 - downAt) / 1000,
      );
      summarise(
        "after (from 2 s on)",
        samples.filter((sample) => sample.at >= upAt + 2000),
        SECONDS - (upAt + 2000) / 1000,
      );
    }
    console.log(
      `autocannon: ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`,
    );
    const health = await fetch(`${base}/api/health`).catch(() => null);
    console.log(`Health check after the run: ${health?.status ?? "no answer"}`);
    const statuses = new Map<number, number>();
    for (const sample of samples) statuses.set(sample.status, (statuses.get(sample.status) ?? 0) + 1);
    console.log(
      `Responses by status: ${[...statuses.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([status, count]) => `${status || "no answer"}: ${count}`)
        .join(", ")}`,
    );
  } finally {
    await instance.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
