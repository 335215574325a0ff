/**
 * Dashboard benchmark (a script that prints figures, not a test):
 *   npm run bench:dashboard
 * Seeds a large council (10,000 evidence items, 2,000 cases, 20 snapshots, 500 users) into a
 * throwaway embedded PostgreSQL, starts the production build of the app against it, and with 10
 * concurrent signed-in users measures requests per second and p95 latency for the dashboard, the
 * evidence list and a static page of the same app (the baseline). It also counts the SQL queries
 * each page's reads make, at this size and for an empty council, to show they do not grow.
 */
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { firstCycle } from "@/features/cycles/domain";
import { db, disconnectDb } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import { buildUnlessCurrent } from "@/lib/runtime/build-fingerprint";
import { loadFrameworkReference } from "@/features/framework/mutations";
import { setUpCaseTracking } from "@/features/cases/mutations";
import { listEvidence } from "@/features/evidence/data";
import { evidenceQuerySchema } from "@/features/evidence/schema";
import { getDashboardFacts } from "@/features/reporting/data";
import { countQueries } from "../tests/support/count-queries";
import { listSnapshots, listStatementSummaries } from "@/features/self-assessment/data";
import { getWorkspaceFramework } from "@/features/framework/data";
import { countCoverage, countOutOfDateEvidence } from "@/features/evidence/data";
import { getInformationReturn } from "@/features/information-return/data";
import { countRequestStates } from "@/features/evidence-requests/data";
import { countCaseProgress } from "@/features/cases/data";

const root = path.resolve(__dirname, "..");
const CONCURRENCY = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function seedLargeCouncil() {
  const framework = await loadFrameworkReference();
  const workspace = await db.workspace.create({
    data: {
      name: "Large Benchmark Council",
      frameworkVersionId: framework.frameworkVersionId,
      cycles: { create: firstCycle(new Date()) },
    },
    select: { id: true },
  });
  await db.installation.create({ data: { id: 1 } });
  const users = Array.from({ length: 500 }, (_, index) => ({
    id: randomUUID(),
    email: `user${index}@large.example`,
    name: `User ${index}`,
  }));
  await db.user.createMany({ data: users });
  const roles = ["director", "readiness_lead", "contributor", "team_manager", "viewer"] as const;
  await db.membership.createMany({
    data: users.map((user, index) => ({
      workspaceId: workspace.id,
      userId: user.id,
      role: roles[index % roles.length]!,
      status: "active" as const,
    })),
  });
  const director = users[0]!;

  const statements = await db.qualityStatement.findMany({
    where: { frameworkVersionId: framework.frameworkVersionId },
    select: { id: true, key: true, number: true, name: true, theme: { select: { key: true, name: true } } },
  });
  const categories = ["peoples-experience", "staff-and-leaders", "partners", "processes"];
  for (let batch = 0; batch < 20; batch++) {
    await db.evidenceItem.createMany({
      data: Array.from({ length: 500 }, (_, index) => {
        const n = batch * 500 + index;
        return {
          workspaceId: workspace.id,
          title: `Evidence ${n}`,
          description: `Evidence number ${n}`,
          kind: "document" as const,
          categories: [categories[n % 4]!],
          createdById: director.id,
          status: "ready" as const,
          reviewBy: n % 9 === 0 ? new Date("2026-01-01") : new Date("2027-12-31"),
        };
      }),
    });
  }
  const items = await db.evidenceItem.findMany({ select: { id: true } });
  await db.evidenceItemStatement.createMany({
    data: items.map((item, index) => ({
      itemId: item.id,
      qualityStatementId: statements[index % statements.length]!.id,
    })),
  });

  const content = (score: number) => ({
    strengths: [{ id: "s", text: "A strength" }],
    howWeKnow: "Audits",
    improvements: [{ id: "i", text: "An area for improvement" }],
    direction: "stable",
    directionReason: "",
    score,
    scoreRationale: "",
    categoryScores: {},
  });
  const cycle = await db.assessmentCycle.findFirstOrThrow({ where: { workspaceId: workspace.id } });
  await db.statementAssessment.createMany({
    data: statements.map((statement, index) => ({
      workspaceId: workspace.id,
      cycleId: cycle.id,
      qualityStatementId: statement.id,
      status: "agreed" as const,
      score: 2 + (index % 3),
      content: content(2 + (index % 3)),
      updatedById: director.id,
    })),
  });
  await db.selfAssessmentSnapshot.createMany({
    data: Array.from({ length: 20 }, (_, index) => ({
      workspaceId: workspace.id,
      cycleId: cycle.id,
      name: `Snapshot ${index + 1}`,
      takenOn: new Date(Date.UTC(2025, index, 1)),
      frameworkVersionId: framework.frameworkVersionId,
      bands: [],
      rating: { kind: "complete", percent: 55 + index, rating: "Good", total: 20 + index, unscored: 0, scored: 9 },
      statements: statements.map((statement) => ({
        key: statement.key,
        number: statement.number,
        name: statement.name,
        themeKey: statement.theme.key,
        themeName: statement.theme.name,
        status: "agreed",
        content: content(2 + (index % 3)),
      })),
      createdById: director.id,
    })),
  });

  const scope = systemScope(workspace.id);
  await setUpCaseTracking(scope, { userId: director.id });
  const cohorts = await db.caseCohort.findMany({ where: { workspaceId: workspace.id }, select: { id: true } });
  const stages = ["none", "none", "none", "long_list", "selected", "engaged"] as const;
  await db.trackedCase.createMany({
    data: Array.from({ length: 2000 }, (_, index) => ({
      workspaceId: workspace.id,
      reference: `LBC-${100000 + index}`,
      cohortId: cohorts[index % cohorts.length]!.id,
      team: `Team ${index % 12}`,
      firstContactDate: new Date(Date.UTC(2026, index % 10, 1 + (index % 27))),
      assessmentDate: new Date(Date.UTC(2026, index % 10, 1 + (index % 27) + 10)),
      stage: stages[index % stages.length]!,
      createdById: director.id,
    })),
  });
  return { workspaceId: workspace.id, director };
}

function profileReads(
  scope: ReturnType<typeof systemScope>,
  viewer: { userId: string; maySeeSensitive: boolean },
  now: Date,
) {
  return {
    statements: () => listStatementSummaries(scope),
    snapshots: () => listSnapshots(scope),
    framework: () => getWorkspaceFramework(scope),
    coverage: () => countCoverage(scope, viewer),
    outOfDate: () => countOutOfDateEvidence(scope, viewer),
    informationReturn: () => getInformationReturn(scope),
    requests: () => countRequestStates(scope, now),
    cases: () => countCaseProgress(scope),
  };
}

async function load(url: string, cookie: string) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie }, redirect: "manual" }).catch(() => null);
      if (!response || response.status !== 200) errors++;
      await response?.arrayBuffer().catch(() => undefined);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / SECONDS,
    p95: latencies[Math.floor(latencies.length * 0.95)] ?? 0,
    requests: latencies.length,
    errors,
  };
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-dashboard-"));
  const database = await startEmbeddedPostgres({
    dataDir: path.join(dir, "postgres"),
    password: randomBytes(8).toString("hex"),
  });
  let app: ReturnType<typeof spawn> | undefined;
  try {
    await database.createDatabase("bench");
    process.env.DATABASE_URL = database.urlFor("bench");
    await migrate(process.env.DATABASE_URL);
    const started = performance.now();
    const { workspaceId, director } = await seedLargeCouncil();
    console.log(
      `Seeded 10,000 evidence items, 2,000 cases, 20 snapshots and 500 users in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // As autovacuum would soon after a bulk load: the planner needs the tables' statistics.
    await db.$executeRawUnsafe("ANALYZE");

    const scope = systemScope(workspaceId);
    const viewer = { userId: director.id, maySeeSensitive: true };
    const empty = await db.workspace.create({
      data: {
        name: "Empty Council",
        frameworkVersionId: (await db.frameworkVersion.findFirstOrThrow({ select: { id: true } })).id,
        cycles: { create: firstCycle(new Date()) },
      },
      select: { id: true },
    });
    const now = new Date();
    const dashboardLarge = (await countQueries(() => getDashboardFacts(scope, viewer, now))).queries;
    const dashboardEmpty = (await countQueries(() => getDashboardFacts(systemScope(empty.id), viewer, now))).queries;
    const listLarge = (await countQueries(() => listEvidence(scope, evidenceQuerySchema.parse({}), viewer))).queries;
    const listEmpty = (
      await countQueries(() => listEvidence(systemScope(empty.id), evidenceQuerySchema.parse({}), viewer))
    ).queries;
    console.log(
      `SQL queries for the dashboard's reads: ${dashboardLarge} (large council), ${dashboardEmpty} (empty council)`,
    );
    const readTimes: number[] = [];
    for (let run = 0; run < 10; run++) {
      const start = performance.now();
      await getDashboardFacts(scope, viewer, now);
      readTimes.push(performance.now() - start);
    }
    readTimes.sort((a, b) => a - b);
    console.log(`Dashboard reads alone (in process, one at a time): median ${readTimes[5]!.toFixed(0)} ms`);
    if (process.env.BENCH_EXPLAIN) {
      const plan = await db.$queryRawUnsafe<
        { "QUERY PLAN": string }[]
      >(`EXPLAIN ANALYZE SELECT q.key, c.category, count(*)::int AS items
        FROM "EvidenceItem" i JOIN "EvidenceItemStatement" s ON s."itemId" = i.id JOIN "QualityStatement" q ON q.id = s."qualityStatementId"
        CROSS JOIN LATERAL unnest(i."categories") AS c(category) WHERE i."workspaceId" = '${workspaceId}'::uuid GROUP BY q.key, c.category`);
      console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
    }
    if (process.env.BENCH_PROFILE) {
      for (const [label, read] of Object.entries(profileReads(scope, viewer, now))) {
        const start = performance.now();
        await read();
        console.log(`  ${label}: ${(performance.now() - start).toFixed(0)} ms`);
      }
    }
    console.log(
      `SQL queries for the evidence list's reads: ${listLarge} (large council), ${listEmpty} (empty council); plus the session check on every request`,
    );

    const session = await db.userSession.create({
      data: { userId: director.id, workspaceId, expiresAt: new Date(Date.now() + 3600_000) },
      select: { id: true },
    });
    await disconnectDb();

    const authSecret = randomBytes(32).toString("base64url");
    const cookie = `next-auth.session-token=${await encode({ token: { sub: director.id, sid: session.id }, secret: authSecret })}`;
    if (!(await buildUnlessCurrent(root))) throw new Error("next build failed");
    const port = await findFreePort();
    const base = `http://localhost:${port}`;
    app = spawn(process.execPath, [path.join(root, "scripts", "web-server.mjs"), "-p", String(port)], {
      cwd: root,
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: authSecret,
        APP_URL: base,
        LOG_LEVEL: "warn",
        STORAGE_DIR: path.join(dir, "files"),
      },
    });
    for (let tries = 0; tries < 240; tries++) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // Warm each page once so the first compile of a route does not count.
    for (const page of ["/accessibility", "/dashboard", "/evidence"])
      await fetch(`${base}${page}`, { headers: { cookie } });

    for (const page of ["/accessibility", "/dashboard", "/evidence"]) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        bytes = (await (await fetch(`${base}${page}`, { headers: { cookie } })).arrayBuffer()).byteLength;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `One user at a time, ${page}: median ${times[2]!.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB of HTML`,
      );
    }
    console.log(
      `\n${CONCURRENCY} concurrent users, ${SECONDS} s per page, on this machine (${os.cpus().length} cores):`,
    );
    const results: Record<string, Awaited<ReturnType<typeof load>>> = {};
    for (const [label, page] of [
      ["Static page (baseline)", "/accessibility"],
      ["Dashboard", "/dashboard"],
      ["Evidence list", "/evidence"],
    ] as const) {
      const result = await load(`${base}${page}`, cookie);
      results[label] = result;
      console.log(
        `${label.padEnd(24)} ${result.rps.toFixed(1).padStart(7)} requests/s, p95 ${result.p95.toFixed(0).padStart(5)} ms, ${result.requests} requests, ${result.errors} errors`,
      );
    }
    const baseline = results["Static page (baseline)"]!.rps;
    console.log(
      `\nDashboard throughput is ${((results.Dashboard!.rps / baseline) * 100).toFixed(0)}% of the static page's (target: at least 50%).`,
    );
  } finally {
    app?.kill("SIGTERM");
    await disconnectDb().catch(() => undefined);
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
