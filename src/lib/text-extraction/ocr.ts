import { createRequire } from "node:module";
import { createWorker, type Worker } from "tesseract.js";

const require = createRequire(import.meta.url);

/**
 * Optical character recognition for scans and photographed letters, with tesseract.js and the
 * English model shipped in the npm package @tesseract.js-data/eng: nothing is downloaded when the
 * app runs. One worker is started per file read and ended with it.
 */
export async function withOcr<T>(read: (recognise: (image: Buffer) => Promise<string>) => Promise<T>): Promise<T> {
  const english = require("@tesseract.js-data/eng") as { langPath: string; gzip: boolean };
  const worker: Worker = await createWorker("eng", 1, {
    langPath: english.langPath,
    gzip: english.gzip,
    cacheMethod: "none",
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  try {
    return await read(async (image) => (await worker.recognize(image)).data.text);
  } finally {
    await worker.terminate();
  }
}
