import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Lets `npm start` skip the production build when nothing it is built from has changed:
 * a fingerprint of the sources' paths, sizes and modification times, kept beside the build.
 */
const INPUTS = [
  "src",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

async function fingerprint(root: string): Promise<string> {
  const hash = createHash("sha256");
  async function visit(relative: string) {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    const info = await stat(full);
    if (info.isDirectory()) {
      for (const entry of (await readdir(full)).sort()) await visit(path.join(relative, entry));
    } else {
      hash.update(`${relative}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  for (const input of INPUTS) await visit(input);
  return hash.digest("hex");
}

const stampFile = (root: string) => path.join(root, ".next", "source-fingerprint");

export async function buildIsCurrent(root: string): Promise<boolean> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(stampFile(root))) return false;
  return (await readFile(stampFile(root), "utf8")) === (await fingerprint(root));
}

export async function markBuilt(root: string): Promise<void> {
  await writeFile(stampFile(root), await fingerprint(root));
}
