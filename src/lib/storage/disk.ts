import { createReadStream, createWriteStream } from "node:fs";
import { access, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { FileStorage, StoredObject } from "./storage";

const UNFINISHED = ".partial";

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
      const temporary = `${target}${UNFINISHED}`;
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
    async *list(prefix) {
      for await (const file of filesUnder(root)) {
        if (file.name.endsWith(UNFINISHED)) continue;
        const key = path.relative(root, file.name).split(path.sep).join("/");
        if (key.startsWith(prefix)) yield { key, modifiedAt: file.modifiedAt } satisfies StoredObject;
      }
    },
    async removeAbandonedWrites(before) {
      let removed = 0;
      for await (const file of filesUnder(root)) {
        if (!file.name.endsWith(UNFINISHED) || file.modifiedAt >= before) continue;
        await rm(file.name, { force: true });
        removed += 1;
      }
      return removed;
    },
  };
}

/** Every file below `folder` (none if it does not exist yet), with when it was last written. */
async function* filesUnder(folder: string): AsyncGenerator<{ name: string; modifiedAt: Date }> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  for (const entry of entries) {
    const name = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(name);
    else if (entry.isFile()) {
      // A file removed between the listing and now is simply no longer there.
      const info = await stat(name).catch(() => null);
      if (info) yield { name, modifiedAt: info.mtime };
    }
  }
}
