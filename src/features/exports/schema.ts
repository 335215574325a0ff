import { z } from "zod";

/** Starting an export takes nothing from the form: what is exported follows from the button. */
export const startExportSchema = z.object({});
