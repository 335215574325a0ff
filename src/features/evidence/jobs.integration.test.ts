import { readFile, mkdtemp, rm } from "node:fs/promises";
import { createHash, randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { configuredStorage } from "@/lib/storage/configured";
import { createMember, createWorkspace } from "../../../tests/factories";
import { findItemWithSameFile, listEvidence, listEvidenceFiles, listFilesToRead } from "./data";
import { HIT_START, snippetParts } from "./domain";
import { readEvidenceFileText } from "./jobs";
import { addEvidenceFile, createEvidence, queueFileReadingAgain } from "./mutations";
import { evidenceItemSchema, evidenceQuerySchema } from "./schema";

const FIXTURES = path.join(import.meta.dirname, "../../lib/text-extraction/fixtures");

let storageDir = "";
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "evidence-text-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

async function itemWithFile(fixture: string, contentType: string) {
  const workspace = await createWorkspace(`Council ${randomUUID().slice(0, 6)}`);
  const lead = await createMember(workspace.id, "readiness_lead");
  const actor = { userId: lead.userId };
  const { id } = await createEvidence(
    workspace.scope,
    actor,
    evidenceItemSchema.parse({
      title: "Carers strategy",
      kind: "document",
      statementKeys: ["safeguarding"],
      categories: ["processes"],
    }),
  );
  const bytes = await readFile(path.join(FIXTURES, fixture));
  const storageKey = `evidence/${workspace.id}/${randomUUID()}`;
  await configuredStorage().write(storageKey, Readable.from([bytes]));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const { fileId } = await addEvidenceFile(workspace.scope, actor, {
    itemId: id,
    storageKey,
    fileName: fixture,
    contentType,
    size: bytes.length,
    sha256,
    text: null,
  });
  return { workspace, actor, itemId: id, fileId, sha256 };
}

describe("reading an evidence file's text in the background", () => {
  it("makes a word found only inside a PDF searchable, and says how much was read", async () => {
    const { workspace, actor, itemId, fileId } = await itemWithFile("carers-strategy.pdf", "application/pdf");
    expect(await listFilesToRead(new Date(), 1000)).toContainEqual({ id: fileId });

    await readEvidenceFileText(fileId);

    const item = await db.evidenceItem.findUniqueOrThrow({
      where: { id: itemId },
      select: { extractedText: true, extractedPageStarts: true },
    });
    expect(item.extractedText).toContain("zephyrine");
    expect(item.extractedPageStarts).toHaveLength(2);
    const [file] = await listEvidenceFiles(workspace.scope, itemId);
    expect(file).toMatchObject({ textStatus: "read", textPages: 2, reading: null });
    expect(file!.textWords).toBeGreaterThan(20);
    expect(await listFilesToRead(new Date(), 1000)).not.toContainEqual({ id: fileId });
    const events = await db.auditEvent.findMany({ where: { entityId: itemId }, select: { action: true } });
    expect(events.map((event) => event.action)).toContain("evidence.file_text_read");

    // Found by a word only inside the file, with the words marked and the page they are on;
    // an item with the word in its title ranks above it.
    const viewer = { userId: actor.userId, maySeeSensitive: true };
    await createEvidence(
      workspace.scope,
      actor,
      evidenceItemSchema.parse({
        title: "Quokkaberry evaluation",
        kind: "document",
        statementKeys: ["safeguarding"],
        categories: ["processes"],
      }),
    );
    await createEvidence(
      workspace.scope,
      actor,
      evidenceItemSchema.parse({
        title: "Board minutes",
        description: "Includes the quokkaberry pilot, quokkaberry funding and the quokkaberry review",
        kind: "document",
        statementKeys: ["safeguarding"],
        categories: ["processes"],
      }),
    );
    // Title, then description, then the file's text, however often the word is in each.
    const found = await listEvidence(workspace.scope, evidenceQuerySchema.parse({ q: "quokkaberry" }), viewer);
    expect(found.items.map((entry) => entry.title)).toEqual([
      "Quokkaberry evaluation",
      "Board minutes",
      "Carers strategy",
    ]);
    const hit = found.items[2]!.hit!;
    expect(hit.page).toBe(2);
    expect(hit.snippet).toContain(HIT_START);
    expect(
      snippetParts(hit.snippet)
        .filter((part) => part.hit)
        .map((part) => part.text.toLowerCase()),
    ).toEqual(["quokkaberry"]);
    expect(found.items[0]!.hit).toBeNull();

    // Running the job again (pg-boss retries, two instances) changes nothing.
    await readEvidenceFileText(fileId);
    expect(await db.auditEvent.count({ where: { entityId: itemId, action: "evidence.file_text_read" } })).toBe(1);
  }, 120_000);

  it("records why a password-protected PDF could not be read, and queues it again on request", async () => {
    const { workspace, actor, itemId, fileId } = await itemWithFile("carers-strategy-password.pdf", "application/pdf");
    await readEvidenceFileText(fileId);
    const [file] = await listEvidenceFiles(workspace.scope, itemId);
    expect(file).toMatchObject({ textStatus: "unreadable" });
    expect(file!.textReason).toMatch(/password/);

    expect(await queueFileReadingAgain(workspace.scope, actor, fileId)).toBe(itemId);
    const [again] = await listEvidenceFiles(workspace.scope, itemId);
    expect(again).toMatchObject({ textStatus: "queued", textReason: "" });
    expect(await listFilesToRead(new Date(), 1000)).toContainEqual({ id: fileId });
  }, 120_000);

  it("finds another item holding the same file, and never one of another council", async () => {
    const first = await itemWithFile(
      "carers-strategy.docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const viewer = { userId: first.actor.userId, maySeeSensitive: true };
    const { id: second } = await createEvidence(
      first.workspace.scope,
      first.actor,
      evidenceItemSchema.parse({
        title: "Strategy again",
        kind: "document",
        statementKeys: ["safeguarding"],
        categories: ["processes"],
      }),
    );
    expect(await findItemWithSameFile(first.workspace.scope, first.sha256, second, viewer)).toEqual({
      id: first.itemId,
      title: "Carers strategy",
    });
    expect(await findItemWithSameFile(first.workspace.scope, first.sha256, first.itemId, viewer)).toBeNull();
    const other = await createWorkspace("Elsewhere Council");
    expect(await findItemWithSameFile(other.scope, first.sha256, second, viewer)).toBeNull();
  });
});
