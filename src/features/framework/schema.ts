import { z } from "zod";

/**
 * The shape of a framework reference file (prisma/reference/cqc-la-framework.json). Loading
 * validates the file against this first, so a malformed file changes nothing.
 */
const band = z.object({
  rating: z.enum(["Inadequate", "Requires improvement", "Good", "Outstanding"]),
  fromPercent: z.number().int().min(0).max(100),
  toPercent: z.number().int().min(0).max(100),
});

export const frameworkScoringSchema = z.object({
  scores: z.array(z.object({ score: z.number().int().min(1).max(4), label: z.string().min(1) })).length(4),
  overall: z.string(),
  bands: z.array(band).length(4),
  positionInBand: z.string().optional(),
  earlierMethod: z.string().optional(),
  limiters: z.string().optional(),
  themeScores: z.string().optional(),
});
export type FrameworkScoring = z.infer<typeof frameworkScoringSchema>;

/**
 * CQC's rating characteristics for one statement: what each score looks like. CQC consulted on
 * drafts in November 2025 and March 2026; a framework version carries them once published.
 */
export const ratingCharacteristicsSchema = z
  .array(z.object({ score: z.number().int().min(1).max(4), text: z.string().trim().min(1) }))
  .max(4)
  .refine((items) => new Set(items.map((item) => item.score)).size === items.length, "One text per score");
export type RatingCharacteristics = z.infer<typeof ratingCharacteristicsSchema>;

export const frameworkReferenceSchema = z
  .object({
    framework: z.object({
      key: z.string().min(1),
      name: z.string().min(1),
      version: z.string().min(1),
      source: z.string().min(1),
      licence: z.string().min(1),
      notes: z.array(z.string()).default([]),
    }),
    themes: z
      .array(
        z.object({
          key: z.string().min(1),
          number: z.number().int().positive(),
          name: z.string().min(1),
          reportName: z.string().min(1),
          covers: z.string().optional(),
        }),
      )
      .min(1),
    iStatements: z.array(z.object({ key: z.string().min(1), text: z.string().min(1) })),
    qualityStatements: z
      .array(
        z.object({
          key: z.string().min(1),
          number: z.number().int().positive(),
          theme: z.string().min(1),
          name: z.string().min(1),
          aliases: z.array(z.string()).default([]),
          weStatement: z.string().min(1),
          iStatements: z.array(z.string()),
          topics: z.array(z.string()),
          ratingCharacteristics: ratingCharacteristicsSchema.optional(),
        }),
      )
      .min(1),
    evidenceCategories: z.array(
      z.object({
        key: z.string().min(1),
        name: z.string().min(1),
        usedForLocalAuthorities: z.boolean(),
        note: z.string().optional(),
      }),
    ),
    scoring: frameworkScoringSchema,
    lifecycle: z.array(z.object({ step: z.string(), text: z.string() })),
    caseTracking: z.record(z.string(), z.unknown()),
  })
  .superRefine((file, ctx) => {
    const themes = new Set(file.themes.map((theme) => theme.key));
    const iStatements = new Set(file.iStatements.map((statement) => statement.key));
    for (const statement of file.qualityStatements) {
      if (!themes.has(statement.theme)) {
        ctx.addIssue({
          code: "custom",
          message: `Quality statement ${statement.key} names unknown theme ${statement.theme}`,
        });
      }
      for (const key of statement.iStatements) {
        if (!iStatements.has(key)) {
          ctx.addIssue({
            code: "custom",
            message: `Quality statement ${statement.key} names unknown I statement ${key}`,
          });
        }
      }
    }
  });
export type FrameworkReference = z.infer<typeof frameworkReferenceSchema>;
