import "server-only";
import { stringify } from "csv-stringify/sync";
import { attachment } from "@/lib/http/attachment";
import { createRoute } from "@/lib/http/route";
import { createSpreadsheetUploadRoute } from "@/lib/uploads/spreadsheet-upload";
import { spreadsheetSafe } from "@/lib/uploads/spreadsheet-safe";
import { listSampleForExport } from "./data";
import { recordCaseExport, stageCaseImport } from "./mutations";
import { STAGE_LABELS, type Stage } from "./domain";

/** Upload a case extract (CSV or Excel) to import: read, staged for the preview, then confirmed. */
export const uploadCaseExtract = createSpreadsheetUploadRoute({
  permission: "case:edit",
  field: "extract",
  page: "/cases/import",
  stage: ({ scope, actor }, upload) => stageCaseImport(scope, actor, upload),
});

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

/**
 * The sample for CQC as CSV: the long list and beyond, without the equality fields unless asked
 * for (`?equality=yes`). Recorded in the audit log with how many cases it held.
 */
export const exportCaseSample = createRoute("case:manage", async (request, _context: unknown, { scope, actor }) => {
  const equality = new URL(request.url).searchParams.get("equality") === "yes";
  const cases = await listSampleForExport(scope);
  const headers = [
    "Case reference",
    "Cohort",
    "Stage",
    "Team",
    "Practitioner",
    "First contact",
    "Assessment",
    "Plan",
    "Last review",
    "Support type",
    "Consent to contact",
  ];
  if (equality) headers.push("Age band", "Ethnicity", "Sex", "Disability");
  const rows = cases.map((item) => {
    const row = [
      item.reference ?? "Anonymised",
      item.cohort.name,
      STAGE_LABELS[item.stage as Stage],
      item.team,
      item.practitioner,
      day(item.firstContactDate),
      day(item.assessmentDate),
      day(item.planDate),
      day(item.lastReviewDate),
      item.supportType,
      item.consentToContact === null ? "" : item.consentToContact ? "Yes" : "No",
    ];
    if (equality) row.push(item.ageBand ?? "", item.ethnicity ?? "", item.sex ?? "", item.disability ?? "");
    return row.map(spreadsheetSafe);
  });
  await recordCaseExport(scope, actor, { cases: cases.length, equality });
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  // A byte-order mark so Excel opens the UTF-8 file with its accents intact.
  return attachment(`\uFEFF${stringify([headers, ...rows])}`, {
    contentType: "text/csv; charset=utf-8",
    fileName: `case-sample-${date}.csv`,
  });
});
