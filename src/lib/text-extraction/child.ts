/**
 * Reads one file's text in a process of its own (started by isolated.ts), so a hostile or huge
 * file can use up only this process's memory and time, never the app's. Reads the file named on
 * the command line and writes JSON lines to stdout: progress as it goes, then the result.
 */
import { readFile } from "node:fs/promises";
import { extractText } from "./extract";
import { READING_FAILED, UnreadableFile, type ExtractionLimits } from "./limits";

const [filePath, kind, fileName, limitsJson] = process.argv.slice(2);
const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function main(): Promise<void> {
  try {
    const limits = JSON.parse(limitsJson ?? "{}") as ExtractionLimits;
    const result = await extractText(await readFile(filePath!), kind!, fileName!, limits, (done, total) =>
      send({ progress: { done, total } }),
    );
    send({ result });
  } catch (error) {
    send({
      unreadable: error instanceof UnreadableFile ? error.reason : READING_FAILED,
    });
  }
}

void main();
