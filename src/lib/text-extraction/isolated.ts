import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import {
  DEFAULT_LIMITS,
  READING_FAILED,
  UnreadableFile,
  type ExtractedText,
  type ExtractionLimits,
  type Progress,
} from "./limits";

// Lower priority than the web process, so reading a 2,000-page PDF never slows anyone's page.
const NICENESS = 10;

/**
 * Reads a file's text in a child process with its own memory limit and a time limit, lowered in
 * priority: a zip bomb, a runaway PDF or a crash ends that process with a clear reason and leaves
 * the app untouched. Resolves with the text or throws UnreadableFile.
 */
export async function extractTextIsolated(
  bytes: Buffer,
  kind: string,
  fileName: string,
  progress: Progress,
  limits: ExtractionLimits = DEFAULT_LIMITS,
): Promise<ExtractedText> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "evidence-text-"));
  const input = path.join(folder, "file");
  await writeFile(input, bytes);
  try {
    return await runChild(input, kind, fileName, progress, limits);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function runChild(
  input: string,
  kind: string,
  fileName: string,
  progress: Progress,
  limits: ExtractionLimits,
): Promise<ExtractedText> {
  const root = process.cwd();
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${limits.maxMemoryMb}`,
      "--import",
      "tsx",
      path.join(root, "src", "lib", "text-extraction", "child.ts"),
      input,
      kind,
      fileName,
      JSON.stringify(limits),
    ],
    // No settings of the app (database address, secrets) reach the process that opens untrusted files.
    { cwd: root, stdio: ["ignore", "pipe", "ignore"], env: { NODE_ENV: "production" } },
  );
  try {
    if (child.pid) os.setPriority(child.pid, NICENESS);
  } catch {
    // Not allowed on some systems: the limits still hold.
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      const minutes = Math.round(limits.timeoutMs / 60_000);
      finish(() =>
        reject(new UnreadableFile(`Reading the file took longer than ${minutes} minutes, so it was stopped.`)),
      );
    }, limits.timeoutMs);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const message = parse(line);
      if (message?.progress) progress(message.progress.done, message.progress.total);
      if (message?.result) finish(() => resolve(message.result!));
      if (message?.unreadable) finish(() => reject(new UnreadableFile(message.unreadable!)));
    });
    child.on("error", (error) => finish(() => reject(error)));
    child.on("exit", (code, signal) =>
      finish(() =>
        reject(
          new UnreadableFile(
            signal === "SIGKILL" || code === 134
              ? "The file needed more memory to read than one file may use, so it was stopped."
              : READING_FAILED,
          ),
        ),
      ),
    );
  });
}

type ChildMessage = {
  progress?: { done: number; total: number };
  result?: ExtractedText;
  unreadable?: string;
};

function parse(line: string): ChildMessage | null {
  try {
    return JSON.parse(line) as ChildMessage;
  } catch {
    return null;
  }
}
