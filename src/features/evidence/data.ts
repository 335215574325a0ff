import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { Prisma } from "@/generated/prisma/client";
import { hasTagSql } from "@/lib/db/has-tag";
import {
  HIT_END,
  HIT_START,
  PAGE_SIZE,
  STALE_READING_MS,
  effectiveStatus,
  type EvidenceKind,
  type EvidenceStatus,
} from "./domain";
import type { EvidenceQuery } from "./schema";
import type { EvidenceViewer } from "./policy";

type Viewer = EvidenceViewer;

const ORDER: Record<EvidenceQuery["sort"], Prisma.Sql> = {
  relevance: Prisma.sql`i.rank DESC, i."updatedAt" DESC`,
  updated: Prisma.sql`i."updatedAt" DESC`,
  title: Prisma.sql`lower(i."title") ASC`,
  "evidence-date": Prisma.sql`i."evidenceDate" DESC NULLS LAST`,
  "review-by": Prisma.sql`i."reviewBy" ASC NULLS LAST`,
};

/**
 * How well an item matches a search: words in the title (weight A) count most, then the
 * description (B), then the file's text (C). ts_rank's cost grows with the square of how often the
 * words occur in a document, so the file's text is ranked without word positions (`strip`): with a
 * phrase found 200 times in every one of 10,000 files, ranking took 3 s one way and 0.2 s this way
 * (`npm run bench:evidence`). Text found in the file thus counts once, however often.
 */
function relevance(q: string): Prisma.Sql {
  const words = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  return Prisma.sql`(ts_rank(ts_filter(i."searchVector", '{a,b}'), ${words}) + 0.1 * ts_rank(strip(ts_filter(i."searchVector", '{c}')), ${words}))`;
}

/**
 * One page of the evidence list: full-text search (the same expression as the GIN index in the
 * migration), filters and sorting in SQL, then the page's rows. Three queries whatever the size.
 */
export async function listEvidence(scope: WorkspaceScope, query: EvidenceQuery, viewer: Viewer) {
  const conditions: Prisma.Sql[] = [Prisma.sql`i."workspaceId" = ${scope.workspaceId}::uuid`];
  if (!viewer.maySeeSensitive) conditions.push(Prisma.sql`i."containsPersonalData" = false`);
  if (query.q) conditions.push(Prisma.sql`i."searchVector" @@ websearch_to_tsquery('english', ${query.q})`);
  if (query.category) conditions.push(Prisma.sql`${query.category} = ANY(i."categories")`);
  // Tags are typed freely, so "Unpaid carers" finds "unpaid carers" (a thematic review's lens).
  if (query.tag) conditions.push(hasTagSql(Prisma.sql`i."tags"`, query.tag));
  if (query.status === "out_of_date")
    conditions.push(Prisma.sql`(i."status" = 'out_of_date' OR i."reviewBy" < CURRENT_DATE)`);
  else if (query.status)
    conditions.push(
      Prisma.sql`i."status" = ${query.status}::"EvidenceStatus" AND (i."reviewBy" IS NULL OR i."reviewBy" >= CURRENT_DATE)`,
    );
  if (query.mine) conditions.push(Prisma.sql`i."ownerId" = ${viewer.userId}::uuid`);
  if (query.sensitive) conditions.push(Prisma.sql`i."containsPersonalData" = ${query.sensitive === "yes"}`);
  if (query.statement) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "EvidenceItemStatement" s JOIN "QualityStatement" q ON q.id = s."qualityStatementId"
      WHERE s."itemId" = i.id AND q.key = ${query.statement})`);
  }
  const where = Prisma.join(conditions, " AND ");
  const offset = (query.page - 1) * PAGE_SIZE;
  // With a search, find the matches through the full-text index first and sort only those; left to
  // itself the planner may walk the whole date index testing every item's text (slow when few match).
  const page = query.q
    ? Prisma.sql`WITH i AS MATERIALIZED (SELECT i.id, i."updatedAt", i."title", i."evidenceDate", i."reviewBy",
          ${relevance(query.q)} AS rank FROM "EvidenceItem" i WHERE ${where})
        SELECT i.id FROM i ORDER BY ${ORDER[query.sort]}, i.id LIMIT ${PAGE_SIZE} OFFSET ${offset}`
    : Prisma.sql`SELECT i.id FROM "EvidenceItem" i WHERE ${where} ORDER BY ${ORDER[query.sort === "relevance" ? "updated" : query.sort]}, i.id LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  const [ids, [count]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(page),
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "EvidenceItem" i WHERE ${where}`,
  ]);
  const rows = await db.evidenceItem.findMany({
    where: { id: { in: ids.map((row) => row.id) }, workspaceId: scope.workspaceId },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      ownerId: true,
      evidenceDate: true,
      reviewBy: true,
      containsPersonalData: true,
      categories: true,
      updatedAt: true,
      statements: { select: { qualityStatement: { select: { number: true, name: true } } } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits = query.q
    ? await findHits(
        ids.map((row) => row.id),
        query.q,
      )
    : new Map<string, Hit>();
  const today = new Date();
  return {
    total: count?.total ?? 0,
    items: ids
      .map((row) => byId.get(row.id))
      .filter((row): row is NonNullable<typeof row> => Boolean(row))
      .map((row) => ({
        id: row.id,
        title: row.title,
        kind: row.kind as EvidenceKind,
        status: effectiveStatus(row.status as EvidenceStatus, row.reviewBy, today),
        isMine: row.ownerId === viewer.userId,
        evidenceDate: row.evidenceDate,
        reviewBy: row.reviewBy,
        containsPersonalData: row.containsPersonalData,
        categories: row.categories,
        updatedAt: row.updatedAt,
        statements: row.statements.map((link) => link.qualityStatement).sort((a, b) => a.number - b.number),
        hit: hits.get(row.id) ?? null,
      })),
  };
}

type Hit = { snippet: string; page: number | null };

/**
 * Where the words were found inside each listed item's file: a snippet with the words marked
 * (HIT_START/HIT_END) and the page it is on. Only for the page of results shown, so the cost does
 * not grow with the library. Items that matched on their title or description alone have none.
 */
async function findHits(ids: string[], q: string): Promise<Map<string, Hit>> {
  if (ids.length === 0) return new Map();
  const options = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=30, MinWords=12, MaxFragments=1`;
  const rows = await db.$queryRaw<{ id: string; snippet: string; page: number }[]>`
    WITH h AS (
      SELECT id, "extractedPageStarts" AS starts, "extractedText" AS body,
        ts_headline('english', "extractedText", websearch_to_tsquery('english', ${q}), ${options}) AS snippet
      FROM "EvidenceItem" WHERE id = ANY(${ids}::uuid[]) AND "extractedText" <> ''
    )
    , at AS (
      -- The first word found: where the text before it in the snippet, then the word, is in the body.
      SELECT id, snippet, starts, body, split_part(snippet, ${HIT_START}, 1) AS before,
        split_part(split_part(snippet, ${HIT_START}, 2), ${HIT_END}, 1) AS word
      FROM h
    )
    SELECT id, snippet,
      (SELECT count(*)::int FROM unnest(starts) s WHERE s < COALESCE(
        NULLIF(strpos(body, before || word), 0) + length(before), NULLIF(strpos(body, word), 0), 0)) AS page
    FROM at`;
  return new Map(
    rows
      .filter((row) => row.snippet.includes(HIT_START))
      .map((row) => [row.id, { snippet: row.snippet, page: row.page > 0 ? row.page : null }]),
  );
}

/** One evidence item, or null when it does not exist in this workspace or may not be seen. */
export async function getEvidenceItem(scope: WorkspaceScope, id: string, viewer: Viewer) {
  const item = await db.evidenceItem.findFirst({
    where: { id, workspaceId: scope.workspaceId, ...(viewer.maySeeSensitive ? {} : { containsPersonalData: false }) },
    select: {
      id: true,
      title: true,
      description: true,
      kind: true,
      url: true,
      ownerId: true,
      sourceTeam: true,
      evidenceDate: true,
      reviewBy: true,
      containsPersonalData: true,
      status: true,
      categories: true,
      tags: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      statements: { select: { qualityStatement: { select: { key: true, number: true, name: true } } } },
      iStatements: { select: { iStatement: { select: { key: true, text: true } } } },
      informationReturnLinks: {
        select: { pointer: true, item: { select: { id: true, reference: true, title: true, position: true } } },
      },
    },
  });
  if (!item) return null;
  const owner = item.ownerId ? await db.user.findUnique({ where: { id: item.ownerId }, select: { name: true } }) : null;
  return {
    ...item,
    kind: item.kind as EvidenceKind,
    storedStatus: item.status as EvidenceStatus,
    status: effectiveStatus(item.status as EvidenceStatus, item.reviewBy, new Date()),
    owner: owner?.name ?? null,
    statements: item.statements.map((link) => link.qualityStatement).sort((a, b) => a.number - b.number),
    iStatements: item.iStatements
      .map((link) => link.iStatement)
      .sort((a, b) => a.key.localeCompare(b.key, "en", { numeric: true })),
    returnItems: item.informationReturnLinks
      .map((link) => ({ ...link.item, pointer: link.pointer }))
      .sort((a, b) => a.position - b.position),
  };
}

/**
 * Items per quality statement × evidence category, counted in SQL. An item is linked to a
 * statement once and holds each category once, so a plain count is a count of distinct items.
 */
export async function countCoverage(scope: WorkspaceScope, viewer: Viewer) {
  const rows = await db.$queryRaw<{ key: string; category: string; items: number }[]>`
    SELECT q.key, c.category, count(*)::int AS items
    FROM "EvidenceItem" i
    JOIN "EvidenceItemStatement" s ON s."itemId" = i.id
    JOIN "QualityStatement" q ON q.id = s."qualityStatementId"
    CROSS JOIN LATERAL unnest(i."categories") AS c(category)
    WHERE i."workspaceId" = ${scope.workspaceId}::uuid
      AND (${viewer.maySeeSensitive} OR i."containsPersonalData" = false)
    GROUP BY q.key, c.category`;
  return new Map(rows.map((row) => [`${row.key}|${row.category}`, row.items]));
}

/** How many of a statement's items its page lists; the rest are a link away, on the evidence list. */
export const STATEMENT_EVIDENCE_SHOWN = 50;

/**
 * The evidence items linked to one quality statement, newest evidence first, for the statement's
 * page: the first few, and how many there are in all.
 */
export async function listStatementEvidence(scope: WorkspaceScope, statementKey: string, viewer: Viewer) {
  const where = {
    workspaceId: scope.workspaceId,
    statements: { some: { qualityStatement: { key: statementKey } } },
    ...(viewer.maySeeSensitive ? {} : { containsPersonalData: false }),
  };
  const [rows, total] = await Promise.all([
    db.evidenceItem.findMany({
      where,
      orderBy: [{ evidenceDate: { sort: "desc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      take: STATEMENT_EVIDENCE_SHOWN,
      select: { id: true, title: true, status: true, evidenceDate: true, reviewBy: true },
    }),
    db.evidenceItem.count({ where }),
  ]);
  const today = new Date();
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: effectiveStatus(row.status as EvidenceStatus, row.reviewBy, today),
      evidenceDate: row.evidenceDate,
    })),
  };
}

export async function listEvidenceFiles(scope: WorkspaceScope, itemId: string) {
  const files = await db.evidenceFile.findMany({
    where: { itemId, workspaceId: scope.workspaceId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      fileName: true,
      contentType: true,
      size: true,
      sha256: true,
      createdAt: true,
      uploadedById: true,
      textStatus: true,
      textPages: true,
      textWords: true,
      textReason: true,
      textNote: true,
    },
  });
  const [users, readings] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(files.map((file) => file.uploadedById))] } },
      select: { id: true, name: true },
    }),
    db.evidenceTextReading.findMany({
      where: { fileId: { in: files.map((file) => file.id) }, workspaceId: scope.workspaceId },
      select: { fileId: true, pagesDone: true, pagesTotal: true },
    }),
  ]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  const reading = new Map(readings.map((entry) => [entry.fileId, entry]));
  return files.map((file) => ({
    ...file,
    uploadedBy: names.get(file.uploadedById) ?? "Former member",
    reading: reading.get(file.id) ?? null,
  }));
}

/** Another item in this workspace, visible to this viewer, that already holds a file with these bytes. */
export async function findItemWithSameFile(
  scope: WorkspaceScope,
  sha256: string,
  exceptItemId: string,
  viewer: Viewer,
): Promise<{ id: string; title: string } | null> {
  const file = await db.evidenceFile.findFirst({
    where: {
      sha256,
      workspaceId: scope.workspaceId,
      itemId: { not: exceptItemId },
      item: viewer.maySeeSensitive ? {} : { containsPersonalData: false },
    },
    orderBy: { createdAt: "asc" },
    select: { item: { select: { id: true, title: true } } },
  });
  return file?.item ?? null;
}

/**
 * Latest versions waiting to be read, in every workspace (the queue's sweep calls this): queued
 * with no job reading them, or read by a job that has gone quiet. Files from before text reading
 * existed were queued by the migration, so each is read once.
 */
export async function listFilesToRead(now: Date, limit: number): Promise<{ id: string }[]> {
  const stale = new Date(now.getTime() - STALE_READING_MS);
  return db.$queryRaw<{ id: string }[]>`
    SELECT f.id FROM "EvidenceFile" f
    LEFT JOIN "EvidenceTextReading" r ON r."fileId" = f.id
    WHERE f."textStatus" = 'queued'
      AND (r."fileId" IS NULL OR r."updatedAt" < ${stale})
      AND f.version = (SELECT max(v.version) FROM "EvidenceFile" v WHERE v."itemId" = f."itemId")
    ORDER BY f."createdAt"
    LIMIT ${limit}`;
}

/** What the reading job needs about a file: where it is, what it is, and whether it is still the latest. */
export async function getFileToRead(fileId: string) {
  const file = await db.evidenceFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      workspaceId: true,
      itemId: true,
      version: true,
      fileName: true,
      contentType: true,
      storageKey: true,
      textStatus: true,
      item: { select: { files: { orderBy: { version: "desc" }, take: 1, select: { id: true } } } },
    },
  });
  if (!file) return null;
  const { item, ...rest } = file;
  return { ...rest, isLatest: item.files[0]?.id === file.id };
}

/** A file of an item this viewer may see, with where it is stored. */
export async function findEvidenceFile(scope: WorkspaceScope, itemId: string, fileId: string, viewer: Viewer) {
  return db.evidenceFile.findFirst({
    where: {
      id: fileId,
      itemId,
      workspaceId: scope.workspaceId,
      item: viewer.maySeeSensitive ? {} : { containsPersonalData: false },
    },
    select: { id: true, itemId: true, version: true, fileName: true, contentType: true, size: true, storageKey: true },
  });
}

/** What an import's rows are checked against: this workspace's statements, categories and members. */
export async function getImportLookups(scope: WorkspaceScope) {
  const [framework, members] = await Promise.all([
    db.frameworkVersion.findFirstOrThrow({
      where: { workspaces: { some: { id: scope.workspaceId } } },
      select: {
        qualityStatements: { orderBy: { number: "asc" }, select: { key: true, number: true, name: true } },
        evidenceCategories: {
          orderBy: { position: "asc" },
          select: { key: true, name: true, usedForLocalAuthorities: true },
        },
      },
    }),
    db.membership.findMany({
      where: { workspaceId: scope.workspaceId, status: "active" },
      select: { user: { select: { id: true, email: true } } },
    }),
  ]);
  return {
    statements: framework.qualityStatements,
    categories: framework.evidenceCategories
      .filter((category) => category.usedForLocalAuthorities || category.key === "outcomes")
      .map(({ key, name }) => ({ key, name })),
    owners: members.map((member) => member.user),
  };
}

export async function getEvidenceImport(scope: WorkspaceScope, id: string) {
  return db.evidenceImport.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: { id: true, fileName: true, rows: true, createdAt: true, completedAt: true, imported: true },
  });
}

/** Items past their review-by date or marked out of date, that this viewer may see. */
export async function countOutOfDateEvidence(scope: WorkspaceScope, viewer: Viewer): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "EvidenceItem" i
    WHERE i."workspaceId" = ${scope.workspaceId}::uuid
      AND (${viewer.maySeeSensitive} OR i."containsPersonalData" = false)
      AND (i."status" = 'out_of_date' OR i."reviewBy" < CURRENT_DATE)`;
  return row?.total ?? 0;
}

/** How much of a file's text the suggestions read: the opening pages say what a document is. */
const SUGGESTION_TEXT_CHARS = 50_000;

/**
 * What suggesting a mapping for an item needs: the start of its file's text, what it is mapped to
 * and what was dismissed (as "statement:<key>" / "category:<key>"), and what each statement of the
 * workspace's framework is about. Null for an item the viewer may not see.
 */
export async function getSuggestionFacts(scope: WorkspaceScope, itemId: string, viewer: Viewer) {
  const [[item], statements] = await Promise.all([
    db.$queryRaw<{ text: string; categories: string[]; dismissed: string[]; statementKeys: string[] }[]>`
      SELECT left(i."extractedText", ${SUGGESTION_TEXT_CHARS}) AS text, i.categories, i."dismissedSuggestions" AS dismissed,
        ARRAY(SELECT q.key FROM "EvidenceItemStatement" s JOIN "QualityStatement" q ON q.id = s."qualityStatementId"
          WHERE s."itemId" = i.id) AS "statementKeys"
      FROM "EvidenceItem" i
      WHERE i.id = ${itemId}::uuid AND i."workspaceId" = ${scope.workspaceId}::uuid
        AND (${viewer.maySeeSensitive} OR i."containsPersonalData" = false)`,
    db.qualityStatement.findMany({
      where: { frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
      orderBy: { number: "asc" },
      select: {
        key: true,
        name: true,
        weStatement: true,
        topics: true,
        iStatements: { select: { iStatement: { select: { text: true } } } },
      },
    }),
  ]);
  if (!item) return null;
  return {
    text: item.text,
    leaveOut: new Set([
      ...item.dismissed,
      ...item.statementKeys.map((key) => `statement:${key}`),
      ...item.categories.map((key) => `category:${key}`),
    ]),
    profiles: statements.map((statement) => ({
      key: statement.key,
      name: statement.name,
      text: [
        statement.weStatement,
        ...statement.iStatements.map((link) => link.iStatement.text),
        ...statement.topics,
      ].join(" "),
    })),
  };
}
