import "server-only";
import { createSpreadsheetUploadRoute } from "@/lib/uploads/spreadsheet-upload";
import { stageOutcomeImport } from "./mutations";

/**
 * An administrator's newer file of published outcomes (CSV or Excel): read and held for the
 * preview, where every line is checked before anything is applied.
 */
export const uploadPublishedOutcomes = createSpreadsheetUploadRoute({
  permission: "benchmark:import",
  field: "outcomes",
  page: "/benchmark/import",
  stage: ({ scope, actor }, upload) =>
    stageOutcomeImport(
      scope,
      actor,
      // Every row the reader gives carries every heading, in the file's order.
      { fileName: upload.fileName, headers: Object.keys(upload.rows[0] ?? {}), rows: upload.rows },
    ),
});
