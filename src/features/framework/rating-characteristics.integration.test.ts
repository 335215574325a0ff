import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createWorkspace } from "../../../tests/factories";
import { getQualityStatement, getWorkspaceScoring } from "./data";
import { scoreChoices } from "./domain";
import { loadFrameworkReference } from "./mutations";

const FIXTURE = path.join(__dirname, "fixtures", "framework-with-rating-characteristics.json");

describe("rating characteristics carried by a framework version", () => {
  it("are shown beside each score when the version has them, and not at all when it has none", async () => {
    // Made first: a new workspace takes the newest version loaded.
    const without = await createWorkspace();
    const loaded = await loadFrameworkReference(FIXTURE);
    const withThem = await createWorkspace();
    await db.workspace.update({ where: { id: withThem.id }, data: { frameworkVersionId: loaded.frameworkVersionId } });

    const safeguarding = await getQualityStatement(withThem.scope, "safeguarding");
    const { scores } = await getWorkspaceScoring(withThem.scope);
    expect(safeguarding!.ratingCharacteristics).toHaveLength(4);
    const choices = scoreChoices(scores, safeguarding!.ratingCharacteristics);
    expect(choices[0]).toEqual({
      value: "1",
      label: "1: Evidence shows significant shortfalls",
      hint: "What this looks like (CQC's rating characteristics): Fixture text: safeguarding concerns wait without being screened and risks are not known.",
    });
    expect(choices.every((choice) => choice.hint?.startsWith("What this looks like"))).toBe(true);

    // A statement the version gives none for, and the published framework (none yet): labels only.
    const assessing = await getQualityStatement(withThem.scope, "assessing-needs");
    expect(assessing!.ratingCharacteristics).toBeNull();
    expect(scoreChoices(scores, assessing!.ratingCharacteristics).some((choice) => "hint" in choice)).toBe(false);
    const published = await getQualityStatement(without.scope, "safeguarding");
    expect(published!.ratingCharacteristics).toBeNull();
    expect(scoreChoices(scores, null).map((choice) => choice.label)).toEqual([
      "1: Evidence shows significant shortfalls",
      "2: Evidence shows some shortfalls",
      "3: Evidence shows a good standard",
      "4: Evidence shows an exceptional standard",
    ]);
  });
});
