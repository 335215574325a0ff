import { spawnSync } from "node:child_process";
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

async function builtFrom(root: string): Promise<string | null> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(stampFile(root))) return null;
  return readFile(stampFile(root), "utf8");
}

/**
 * Runs `next build` unless the last build was made from the sources as they are now; false when
 * the build fails (its messages are on the terminal). The fingerprint is taken before building,
 * so a file saved while the build runs makes the next start build again instead of serving a
 * build that does not have it. `before` runs only when a build is about to start.
 */
export async function buildUnlessCurrent(root: string, before?: () => void): Promise<boolean> {
  const sources = await fingerprint(root);
  if ((await builtFrom(root)) === sources) return true;
  before?.();
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) return false;
  await writeFile(stampFile(root), sources);
  return true;
}
