import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { adminQuery, withDatabase } from "../../../tests/support/global-setup";
import { MIGRATIONS_DIR, migrate } from "./migrate";

/**
 * The assessment-cycles migration turns each workspace's self-assessment, snapshots, key dates,
 * checklist and notification date into its first cycle. This applies it to a database holding two
 * councils' work, written against the schema as it was before, and checks nothing was lost or moved
 * to the wrong council.
 */
const CYCLES_MIGRATION = "20261203230000_assessment_cycles";

// Every table whose rows the migration must keep; the first four gain a cycleId.
const CYCLE_TABLES = ["StatementAssessment", "SelfAssessmentSnapshot", "TimelineDate", "ReadinessChecklistItem"];
const KEPT_TABLES = [...CYCLE_TABLES, "StatementRevision", "StatementComment"];

const created: string[] = [];
afterAll(async () => {
  for (const name of created)
    await adminQuery(inject("adminDatabaseUrl"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

async function emptyDatabase(): Promise<string> {
  const name = `cycles_${randomBytes(5).toString("hex")}`;
  created.push(name);
  await adminQuery(inject("adminDatabaseUrl"), `CREATE DATABASE "${name}"`);
  return withDatabase(inject("adminDatabaseUrl"), name);
}

type Row = Record<string, unknown>;

async function query<T extends pg.QueryResultRow = Row>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The migrations folder as it was before assessment cycles: this one and any later one removed. */
async function migrationsBeforeCycles(): Promise<{ dir: string; removed: string[] }> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "migrations-")), "migrations");
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  const removed = (await readdir(dir)).filter((name) => !name.endsWith(".toml") && name >= CYCLES_MIGRATION).sort();
  for (const name of removed) await rm(path.join(dir, name), { recursive: true });
  return { dir, removed };
}

const uuid = () => crypto.randomUUID();

type Council = {
  workspaceId: string;
  name: string;
  createdAt: string;
  notificationDate: string | null;
};

const NORTHSHIRE: Council = {
  workspaceId: uuid(),
  name: "Northshire County Council",
  // Late in the evening, so a date taken in the wrong zone would land on the next day.
  createdAt: "2024-11-05 23:30:00",
  notificationDate: "2025-03-10",
};
const EASTVALE: Council = {
  workspaceId: uuid(),
  name: "Eastvale Borough Council",
  createdAt: "2025-01-20 08:15:00",
  notificationDate: null,
};

const frameworkVersionId = uuid();
const themeId = uuid();
const statementIds = [uuid(), uuid()] as const;
const userId = uuid();

function content(strength: string, score: number | null) {
  return {
    strengths: [{ id: uuid(), text: strength }],
    howWeKnow: "Quarterly practice audits and feedback from people who draw on care.",
    improvements: [{ id: uuid(), text: "Reduce the waiting list for Care Act assessments." }],
    direction: "improving",
    directionReason: "Waiting times fell for three quarters in a row.",
    score,
    scoreRationale: score === null ? "" : "Most evidence shows the statement is met.",
    categoryScores: {},
  };
}

async function seedFramework(url: string): Promise<void> {
  await query(
    url,
    `INSERT INTO "FrameworkVersion" (id, key, version, name, source, licence, notes, scoring, lifecycle, "caseTracking", "contentHash")
     VALUES ($1, 'cqc-la-assessment', '2024-1', 'CQC local authority assessment framework', 'https://www.cqc.org.uk',
             'Open Government Licence v3.0', $2, $3, $4, $5, 'sha256:0f3c9a')`,
    [
      frameworkVersionId,
      ["Scores 1 to 4 per quality statement."],
      JSON.stringify({ bands: [{ rating: "Good", from: 63, to: 87 }] }),
      JSON.stringify({ phases: ["notification", "information_return"] }),
      JSON.stringify({ fields: [] }),
    ],
  );
  await query(
    url,
    `INSERT INTO "Theme" (id, "frameworkVersionId", key, number, name, "reportName", covers)
     VALUES ($1, $2, 'working_with_people', 1, 'Working with people', 'How the local authority works with people',
             'Assessing needs; supporting people to live healthier lives; equity in experience and outcomes')`,
    [themeId, frameworkVersionId],
  );
  const statements = [
    ["assessing_needs", 1, "Assessing needs", "We maximise the effectiveness of people's care and treatment."],
    [
      "supporting_healthier_lives",
      2,
      "Supporting people to live healthier lives",
      "We support people to manage their health.",
    ],
  ] as const;
  for (const [index, [key, number, name, weStatement]] of statements.entries()) {
    await query(
      url,
      `INSERT INTO "QualityStatement" (id, "frameworkVersionId", "themeId", key, number, name, aliases, "weStatement", topics)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        statementIds[index],
        frameworkVersionId,
        themeId,
        key,
        number,
        name,
        [name.toLowerCase()],
        weStatement,
        ["care act"],
      ],
    );
  }
  await query(
    url,
    `INSERT INTO "User" (id, email, name, "passwordHash", "createdAt", "lastSignInAt")
     VALUES ($1, 'priya.shah@example.gov.uk', 'Priya Shah', 'scrypt$16384$8$1$c2FsdA$aGFzaA', '2024-11-01 09:00:00', '2025-02-28 14:05:12.345')`,
    [userId],
  );
}

async function seedCouncil(url: string, council: Council): Promise<void> {
  const { workspaceId } = council;
  await query(
    url,
    `INSERT INTO "Workspace" (id, name, "frameworkVersionId", "createdAt", "notificationDate") VALUES ($1, $2, $3, $4, $5)`,
    [workspaceId, council.name, frameworkVersionId, council.createdAt, council.notificationDate],
  );

  const assessmentIds = [uuid(), uuid()] as const;
  const assessments = [
    { status: "in_progress", version: 2, score: 3, content: content(`${council.name} reviews every assessment.`, 3) },
    { status: "agreed", version: 1, score: 2, content: content("Health checks reach most carers.", 2) },
  ];
  for (const [index, assessment] of assessments.entries()) {
    await query(
      url,
      `INSERT INTO "StatementAssessment" (id, "workspaceId", "qualityStatementId", status, version, content, score, "updatedAt", "updatedById")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        assessmentIds[index],
        workspaceId,
        statementIds[index],
        assessment.status,
        assessment.version,
        JSON.stringify(assessment.content),
        assessment.score,
        `2025-02-1${index} 10:2${index}:00.123`,
        userId,
      ],
    );
  }

  const revisions = [
    { version: 1, kind: "save", score: null, status: "in_progress", note: null },
    { version: 2, kind: "save", score: 3, status: "in_progress", note: null },
    { version: null, kind: "conflict", score: 3, status: "in_progress", note: "Kept unsaved text" },
  ];
  for (const [index, revision] of revisions.entries()) {
    await query(
      url,
      `INSERT INTO "StatementRevision" (id, "workspaceId", "assessmentId", version, kind, content, score, status, note, "createdById", "createdAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        uuid(),
        workspaceId,
        assessmentIds[0],
        revision.version,
        revision.kind,
        JSON.stringify(content(`Draft ${index + 1}`, revision.score)),
        revision.score,
        revision.status,
        revision.note,
        userId,
        `2025-02-0${index + 1} 16:45:00`,
      ],
    );
  }
  await query(
    url,
    `INSERT INTO "StatementComment" (id, "workspaceId", "assessmentId", "authorId", body, "createdAt")
     VALUES ($1, $2, $3, $4, 'Can we add the March audit figures?', '2025-02-12 11:00:00')`,
    [uuid(), workspaceId, assessmentIds[0], userId],
  );

  await query(
    url,
    `INSERT INTO "SelfAssessmentSnapshot" (id, "workspaceId", name, "takenOn", "frameworkVersionId", bands, rating, statements, "createdById", "createdAt")
     VALUES ($1, $2, 'Baseline', '2025-02-14', $3, $4, $5, $6, $7, '2025-02-14 17:00:00')`,
    [
      uuid(),
      workspaceId,
      frameworkVersionId,
      JSON.stringify([{ rating: "Good", from: 63, to: 87 }]),
      JSON.stringify({ kind: "complete", percent: 63, rating: "Good" }),
      JSON.stringify([
        { key: "assessing_needs", score: 3, status: "in_progress" },
        { key: "supporting_healthier_lives", score: 2, status: "agreed" },
      ]),
      userId,
    ],
  );

  const timeline = [
    { key: "site_visit_start", date: "2025-06-02", confirmedAt: "2025-04-01 09:30:00", note: "Letter of 1 April" },
    { key: "publication", date: "2025-09-15", confirmedAt: null, note: "" },
  ];
  for (const entry of timeline) {
    await query(
      url,
      `INSERT INTO "TimelineDate" (id, "workspaceId", key, date, "confirmedAt", note, "updatedById", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, '2025-04-01 09:30:00')`,
      [uuid(), workspaceId, entry.key, entry.date, entry.confirmedAt, entry.note, userId],
    );
  }

  const checklist = [
    {
      phase: "notification",
      text: "Tell the board the assessment is coming",
      owner: "Director of Adult Social Care",
      dueDate: "2025-03-14",
      doneAt: "2025-03-12 15:00:00",
      followsKey: null,
      followsDays: null,
    },
    {
      phase: "information_return",
      text: "Send the information return",
      owner: "Performance team",
      dueDate: null,
      doneAt: null,
      followsKey: "notification",
      followsDays: 21,
    },
    {
      phase: "before_visit",
      text: "Book rooms for the site visit",
      owner: "",
      dueDate: "2025-05-19",
      doneAt: null,
      followsKey: "site_visit_start",
      followsDays: -14,
    },
  ];
  for (const [position, item] of checklist.entries()) {
    await query(
      url,
      `INSERT INTO "ReadinessChecklistItem" (id, "workspaceId", phase, text, owner, "dueDate", "doneAt", position, "createdAt", "followsKey", "followsDays")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '2025-03-11 08:00:00', $9, $10)`,
      [
        uuid(),
        workspaceId,
        item.phase,
        item.text,
        item.owner,
        item.dueDate,
        item.doneAt,
        position,
        item.followsKey,
        item.followsDays,
      ],
    );
  }
}

async function rowsOf(url: string, table: string): Promise<Row[]> {
  return query(url, `SELECT * FROM "${table}" ORDER BY id`);
}

async function countOf(url: string, table: string): Promise<number> {
  const [row] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "${table}"`);
  return row!.n;
}

function withoutCycle({ cycleId, ...rest }: Row): Row {
  void cycleId;
  return rest;
}

describe(`migration ${CYCLES_MIGRATION}`, () => {
  let url: string;
  const before = new Map<string, { count: number; rows: Row[] }>();
  let workspacesBefore: Row[];
  let applied: string[];
  let removed: string[];

  beforeAll(async () => {
    url = await emptyDatabase();
    const old = await migrationsBeforeCycles();
    removed = old.removed;
    await migrate(url, { dir: old.dir });
    await seedFramework(url);
    await seedCouncil(url, NORTHSHIRE);
    await seedCouncil(url, EASTVALE);

    for (const table of KEPT_TABLES)
      before.set(table, { count: await countOf(url, table), rows: await rowsOf(url, table) });
    workspacesBefore = await rowsOf(url, "Workspace");

    ({ applied } = await migrate(url));
  });

  it("starts from the schema before cycles and applies only what was left out", () => {
    expect(removed[0]).toBe(CYCLES_MIGRATION);
    expect(applied).toEqual(removed);
    // Two councils' work, so a row given to the wrong council shows.
    expect(Object.fromEntries([...before].map(([table, { count }]) => [table, count]))).toEqual({
      StatementAssessment: 4,
      StatementRevision: 6,
      StatementComment: 2,
      SelfAssessmentSnapshot: 2,
      TimelineDate: 4,
      ReadinessChecklistItem: 6,
    });
  });

  it("gives each workspace one first cycle, started when the workspace was, holding its notification date", async () => {
    const cycles = await query(
      url,
      `SELECT "workspaceId", kind::text AS kind, name, "startedOn"::text AS "startedOn",
              "notificationDate"::text AS "notificationDate", "statementKeys", lens, "previousCycleId", "createdById"
       FROM "AssessmentCycle" ORDER BY "startedOn"`,
    );
    const first = {
      kind: "first_assessment",
      name: "First assessment",
      statementKeys: [],
      lens: "",
      previousCycleId: null,
      createdById: null,
    };
    expect(cycles).toEqual([
      { ...first, workspaceId: NORTHSHIRE.workspaceId, startedOn: "2024-11-05", notificationDate: "2025-03-10" },
      { ...first, workspaceId: EASTVALE.workspaceId, startedOn: "2025-01-20", notificationDate: null },
    ]);
  });

  it("keeps every row with every value, each in the cycle of its own workspace", async () => {
    const cycleOf = new Map(
      (await query<{ id: string; workspaceId: string }>(url, `SELECT id, "workspaceId" FROM "AssessmentCycle"`)).map(
        (cycle) => [cycle.workspaceId, cycle.id],
      ),
    );
    expect(cycleOf.size).toBe(2);

    for (const table of KEPT_TABLES) {
      const old = before.get(table)!;
      const rows = await rowsOf(url, table);
      expect(await countOf(url, table), table).toBe(old.count);
      if (!CYCLE_TABLES.includes(table)) {
        expect(rows, table).toEqual(old.rows);
        continue;
      }
      expect(rows.map(withoutCycle), table).toEqual(old.rows);
      expect(
        rows.map((row) => ({ id: row.id, cycleId: row.cycleId })),
        `${table}.cycleId`,
      ).toEqual(rows.map((row) => ({ id: row.id, cycleId: cycleOf.get(row.workspaceId as string) })));
    }
  });

  it("moves the notification date off the workspace and keeps the rest of it", async () => {
    expect(
      await query(
        url,
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'Workspace' AND column_name = 'notificationDate'`,
      ),
    ).toEqual([]);
    expect(await rowsOf(url, "Workspace")).toEqual(
      workspacesBefore.map(({ notificationDate, ...rest }) => {
        void notificationDate;
        return rest;
      }),
    );
  });

  it("allows one assessment per statement in each cycle, and the same statement again in a later cycle", async () => {
    const [first] = await query<{ id: string }>(url, `SELECT id FROM "AssessmentCycle" WHERE "workspaceId" = $1`, [
      NORTHSHIRE.workspaceId,
    ]);
    const insertAssessment = (cycleId: string) =>
      query(
        url,
        `INSERT INTO "StatementAssessment" (id, "workspaceId", "cycleId", "qualityStatementId", content, "updatedAt")
         VALUES ($1, $2, $3, $4, '{}', now())`,
        [uuid(), NORTHSHIRE.workspaceId, cycleId, statementIds[0]],
      );

    await expect(insertAssessment(first!.id)).rejects.toThrow(/StatementAssessment_cycleId_qualityStatementId_key/);

    const second = uuid();
    await query(
      url,
      `INSERT INTO "AssessmentCycle" (id, "workspaceId", kind, name, "startedOn", "previousCycleId", "createdById")
       VALUES ($1, $2, 'annual_self_assessment', '2026 self-assessment', '2026-01-05', $3, $4)`,
      [second, NORTHSHIRE.workspaceId, first!.id, userId],
    );
    await expect(insertAssessment(second)).resolves.toEqual([]);
    expect(
      await query(
        url,
        `SELECT count(*)::int AS n FROM "StatementAssessment" WHERE "workspaceId" = $1 AND "qualityStatementId" = $2`,
        [NORTHSHIRE.workspaceId, statementIds[0]],
      ),
    ).toEqual([{ n: 2 }]);
  });
});
