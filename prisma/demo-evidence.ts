/**
 * The demo council's evidence library: about 150 fictional items across the nine statements, with
 * gaps left on purpose (no people's-experience evidence for safeguarding, no partner feedback on
 * equity) so the coverage page has something to show. Written through the real mutation.
 */
import { db } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import { createEvidence } from "@/features/evidence/mutations";
import { evidenceItemSchema } from "@/features/evidence/schema";
import { addDays, isoDay, ukToday } from "@/lib/calendar";

const TEMPLATES: { category: string; kind: string; titles: string[] }[] = [
  {
    category: "peoples-experience",
    kind: "feedback_or_survey",
    titles: [
      "Adult social care survey results",
      "Carers' survey findings",
      "Compliments and complaints summary",
      "Co-production panel feedback",
      "Easy-read feedback from people with a learning disability",
    ],
  },
  {
    category: "staff-and-leaders",
    kind: "feedback_or_survey",
    titles: [
      "Staff survey results",
      "Principal social worker's practice report",
      "Team managers' workshop notes",
      "Workforce strategy",
      "Supervision audit",
    ],
  },
  {
    category: "partners",
    kind: "document",
    titles: [
      "ICB partnership agreement",
      "Provider forum minutes",
      "Voluntary sector feedback",
      "Health and wellbeing board report",
      "Joint commissioning plan",
    ],
  },
  {
    category: "processes",
    kind: "data_or_metric",
    titles: [
      "Performance dashboard extract",
      "Practice audit results",
      "Policy and procedure",
      "Waiting list report",
      "Quality assurance framework",
    ],
  },
];

// Gaps on purpose: statement → categories with no evidence.
const GAPS: Record<string, string[]> = {
  safeguarding: ["peoples-experience"],
  "equity-in-experience-and-outcomes": ["partners"],
  "learning-improvement-innovation": ["peoples-experience", "partners"],
};

export async function seedDemoEvidence(workspaceId: string, ownerIds: string[], actorId: string) {
  if ((await db.evidenceItem.count({ where: { workspaceId } })) > 0) return;
  const scope = systemScope(workspaceId);
  const today = ukToday(new Date());
  const statements = await db.qualityStatement.findMany({
    where: { frameworkVersion: { workspaces: { some: { id: workspaceId } } } },
    orderBy: { number: "asc" },
    select: { key: true },
  });
  let count = 0;
  for (const [statementIndex, { key: statement }] of statements.entries()) {
    for (const template of TEMPLATES) {
      if (GAPS[statement]?.includes(template.category)) continue;
      const titles = template.titles.slice(0, 3 + ((statementIndex + template.category.length) % 3));
      for (const [index, title] of titles.entries()) {
        const month = ((statementIndex + index) % 12) + 1;
        const input = evidenceItemSchema.parse({
          title: `${title} (${statement.replaceAll("-", " ")})`,
          description: `Fictional demo evidence for the ${statement.replaceAll("-", " ")} quality statement.`,
          kind: template.kind,
          statementKeys: [statement],
          categories: [template.category],
          ownerId: ownerIds[count % ownerIds.length],
          sourceTeam: [
            "Performance and intelligence",
            "Adult social care operations",
            "Commissioning",
            "Safeguarding adults board",
          ][count % 4],
          // Dated over the past year or so: evidence cannot be from the future, nor due for review
          // before its own date.
          evidenceDate: isoDay(addDays(today, -30 * month - 30)),
          // Every seventh item is past its review date, so "out of date" has entries.
          reviewBy: isoDay(count % 7 === 0 ? addDays(today, -30 * month - 10) : addDays(today, 120)),
          status: ["draft", "ready", "approved"][count % 3],
          containsPersonalData:
            template.kind === "feedback_or_survey" && index === 0 && statementIndex % 4 === 0 ? "yes" : "",
          tags: index === 0 ? "key evidence" : "",
        });
        await createEvidence(scope, { userId: actorId }, input);
        count++;
      }
    }
  }
}
