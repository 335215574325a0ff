import { createReadStream, createWriteStream } from "node:fs";
import { access, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { FileStorage } from "./storage";

/**
 * Files in a folder. Each write goes to a temporary name first and is renamed into place only
 * when complete, so a failed or interrupted upload never leaves a partial file under its key.
 */
export function diskStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    if (!/^[a-z0-9/_-]+$/i.test(key) || key.includes("..")) throw new Error(`Unsafe storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    async write(key, body) {
      const target = pathOf(key);
      const temporary = `${target}.partial`;
      await mkdir(path.dirname(target), { recursive: true });
      try {
        await pipeline(body, createWriteStream(temporary, { flags: "wx" }));
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async read(key) {
      const target = pathOf(key);
      await access(target);
      return createReadStream(target);
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
    async exists(key) {
      return access(pathOf(key)).then(
        () => true,
        () => false,
      );
    },
  };
}
