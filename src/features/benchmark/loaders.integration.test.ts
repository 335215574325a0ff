import { readFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { CurrentSession } from "@/lib/auth/session";
import type { Role } from "@/lib/authz/permissions";
import { encode } from "next-auth/jwt";
import { sessionCookieName } from "@/lib/auth/cookie";
import { env } from "@/lib/env";
import { createMember, createSession, createWorkspace, scoreStatements } from "../../../tests/factories";
import { formData, memberSession, redirectOf } from "../../../tests/support/actions";
import { PUBLISHED, publishedCsvRows } from "../../../tests/support/published-outcomes";
import { applyOutcomeImportAction } from "./actions";
import { loadBenchmark, loadOutcomeImportPreview } from "./loaders";
import { uploadPublishedOutcomes } from "./routes";
import { outcomeFileHeadings, type StatementHeading } from "./schema";

// Only the request boundary is stood in for: who is signed in. Actions and routes ask
// getCurrentSession; loaders reach it inside the session module, so for them the member signs in
// for real, with a session row and its cookie.
const session = vi.hoisted(() => ({ current: null as CurrentSession | null, cookie: undefined as string | undefined }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => undefined,
}));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  cookies: async () => ({
    get: (name: string) =>
      session.cookie && name === sessionCookieName() ? { name, value: session.cookie } : undefined,
    getAll: () => [],
    has: () => false,
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers(),
}));
// As next.config's experimental.authInterrupts does in the app, so forbidden() throws its digest.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const APP = "http://localhost:3000";
const framework = JSON.parse(
  readFileSync(path.join(process.cwd(), "prisma/reference/cqc-la-framework.json"), "utf8"),
) as { qualityStatements: StatementHeading[] };
const HEADINGS = outcomeFileHeadings(framework.qualityStatements);

async function signedIn(role: Role) {
  const workspace = await createWorkspace();
  const member = await createMember(workspace.id, role);
  session.current = memberSession(workspace, member, role);
  const sid = await createSession(member.userId, workspace.id);
  session.cookie = await encode({ token: { sub: member.userId, sid }, secret: env().AUTH_SECRET, maxAge: 3600 });
  return workspace;
}

const FORBIDDEN = { digest: expect.stringContaining("403") };

function upload(rows: string[][], name = "outcomes.csv") {
  const form = new FormData();
  form.set("outcomes", new File([stringify([HEADINGS, ...rows])], name, { type: "text/csv" }));
  return uploadPublishedOutcomes(
    new Request(`${APP}/api/uploads/published-outcomes`, { method: "POST", body: form, headers: { origin: APP } }),
    {},
  );
}

const stagedId = (response: Response) =>
  /\/benchmark\/import\/([0-9a-f-]{36})$/.exec(response.headers.get("location") ?? "")?.[1] ?? "";

async function counts() {
  const [sets, outcomes] = await Promise.all([db.publishedOutcomeSet.count(), db.publishedOutcome.count()]);
  return { sets, outcomes };
}

describe("the benchmark page's loader", () => {
  it("places a director's council among the councils of one region, from the real dataset", async () => {
    const workspace = await signedIn("director");
    await scoreStatements(workspace.id, { 1: 2, 2: 3, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3, 8: 3, 9: 3 });

    const page = await loadBenchmark({ region: "North East" });
    expect(page.allCouncils).toBe(PUBLISHED.count);
    expect(page.figures.councils).toBe(9);
    expect(page.set).toMatchObject({ version: PUBLISHED.version, origin: "bundled", councils: PUBLISHED.count });
    // Assessing needs in the North East: Durham, Gateshead, Middlesbrough, North Tyneside and
    // Northumberland scored 2; Darlington, Hartlepool, Redcar and Cleveland, and Sunderland 3.
    const assessing = page.figures.statements[0]!;
    expect(assessing.counts).toEqual({ 1: 0, 2: 5, 3: 4, 4: 0 });
    expect(assessing.selfAssessed).toEqual({ score: 2, lower: 0, same: 5, higher: 4 });
    expect(assessing.cqc).toBeNull();
    expect(page.figures.overall.ratings).toEqual([
      { rating: "Inadequate", councils: 0 },
      { rating: "Requires improvement", councils: 2 },
      { rating: "Good", councils: 7 },
      { rating: "Outstanding", councils: 0 },
    ]);
    // 25 of 36 is 70%, Good.
    expect(page.figures.overall.selfAssessed).toMatchObject({ percent: 70, rating: "Good" });
    const stronger = page.figures.stronger.find((entry) => entry.statement === 1)!;
    expect(stronger.councils.map((council) => council.council)).toEqual([
      "Darlington Borough Council",
      "Hartlepool Borough Council",
      "Redcar and Cleveland Borough Council",
      "Sunderland City Council",
    ]);
    expect(stronger.councils[0]!.reportUrl).toBe(
      "https://www.cqc.org.uk/care-services/local-authority-assessment-reports/darlington-0525",
    );

    // Without filters, every council; an unknown region in the address is left out, not an error.
    expect((await loadBenchmark({})).figures.councils).toBe(PUBLISHED.count);
    expect((await loadBenchmark({ region: ["Atlantis", "North East"] })).query.region).toEqual(["North East"]);
  });

  it("places the council's CQC scores when the page passes them, and only then", async () => {
    await signedIn("readiness_lead");
    const cqcScores = [3, 3, 3, 3, 3, 3, 3, 3, 3] as const;
    const page = await loadBenchmark({ type: "metropolitan district" }, { cqcScores });
    expect(page.hasCqcScores).toBe(true);
    expect(page.figures.councils).toBe(PUBLISHED.rows.filter((row) => row.type === "metropolitan district").length);
    expect(page.figures.overall.cqc).toMatchObject({ percent: 75, rating: "Good" });
    expect(page.figures.statements[0]!.cqc?.score).toBe(3);
    // Nothing self-assessed yet: no overall place, and no stronger councils to list.
    expect(page.figures.overall.selfAssessed).toBeNull();
    expect((await loadBenchmark({})).hasCqcScores).toBe(false);
  });

  it.each(["contributor", "team_manager", "viewer"] as const)("answers a %s with no permission", async (role) => {
    await signedIn(role);
    await expect(loadBenchmark({})).rejects.toMatchObject(FORBIDDEN);
  });
});

describe("an administrator's import of newer published outcomes", () => {
  it("refuses a bad file line by line and changes nothing", async () => {
    await signedIn("administrator");
    const before = await counts();
    const rows = publishedCsvRows();
    rows[1]![5] = "5";
    rows[2]![2] = "Northern";
    const response = await upload(rows);
    expect(response.status).toBe(303);
    const id = stagedId(response);

    const preview = await loadOutcomeImportPreview(id);
    expect(preview.check?.ok).toBe(false);
    const problems = preview.check!.lines.filter((line) => line.problems.length > 0);
    expect(problems.map((line) => line.line)).toEqual([3, 4]);
    expect(problems[0]!.problems.join(" ")).toContain('"5" is not a score');
    expect(problems[1]!.problems.join(" ")).toContain('Region "Northern" is not one of the nine English regions');

    const result = await applyOutcomeImportAction(
      { status: "idle" },
      formData({ importId: id, version: "March 2027", source: "CQC reports" }),
    );
    expect(result).toMatchObject({ status: "error" });
    expect(await counts()).toEqual(before);
    expect((await loadBenchmark({})).set?.version).toBe(PUBLISHED.version);
  });

  it("applies a good file whole, once, and the benchmark then uses it", async () => {
    await signedIn("administrator");
    const response = await upload(publishedCsvRows().slice(1));
    const id = stagedId(response);
    expect((await loadOutcomeImportPreview(id)).check?.ok).toBe(true);
    const fields = formData({ importId: id, version: "March 2027", source: "CQC reports up to March 2027" });

    expect(await redirectOf(applyOutcomeImportAction({ status: "idle" }, fields))).toBe(`/benchmark/import/${id}`);
    const page = await loadBenchmark({});
    expect(page.set).toMatchObject({ version: "March 2027", origin: "imported", councils: PUBLISHED.count - 1 });
    expect((await loadOutcomeImportPreview(id)).applied).toMatchObject({ version: "March 2027" });

    const again = await applyOutcomeImportAction({ status: "idle" }, fields);
    expect(again).toMatchObject({ status: "error", formError: "This file has already been applied." });
  });

  it("is for administrators only", async () => {
    await signedIn("director");
    expect((await upload(publishedCsvRows())).status).toBe(403);
    await expect(loadOutcomeImportPreview("00000000-0000-7000-8000-000000000009")).rejects.toMatchObject(FORBIDDEN);
  });
});
