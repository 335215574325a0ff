"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { AppError } from "@/lib/errors";
import { getOutcomeImport } from "./data";
import { importPublishedOutcomes } from "./mutations";
import { applyOutcomeImportSchema } from "./schema";

/**
 * Applies a checked file of published outcomes, whole: the lines are checked again as it is
 * applied, and if any has a problem nothing is written and the preview shows why.
 */
export const applyOutcomeImportAction = createAction({
  name: "applyOutcomeImportAction",
  permission: "benchmark:import",
  schema: applyOutcomeImportSchema,
  async handler(input, { scope, actor }) {
    const staged = await getOutcomeImport(scope, input.importId);
    if (!staged) throw new AppError("not_found", "This import was not found: upload the file again.");
    if (staged.completedAt) throw new AppError("conflict", "This file has already been applied.");
    const result = await importPublishedOutcomes(scope, actor, {
      version: input.version,
      source: input.source,
      fileName: staged.fileName,
      table: staged.table,
      importId: staged.id,
    });
    if (!result.applied)
      throw new AppError(
        "invalid",
        result.check.fileProblems[0] ??
          "Some lines have problems, so nothing was changed: correct the file and upload it again.",
      );
    revalidatePath("/benchmark");
    redirect(`/benchmark/import/${staged.id}`);
  },
});
