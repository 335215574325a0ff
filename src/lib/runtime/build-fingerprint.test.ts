import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildUnlessCurrent } from "./build-fingerprint";

let root = "";
afterEach(() => rm(root, { recursive: true, force: true }));

/** A project whose `next build` is a script that counts its runs (and may save a source file meanwhile). */
async function project(duringBuild = "") {
  root = await mkdtemp(path.join(os.tmpdir(), "fingerprint-"));
  await mkdir(path.join(root, "src"), { recursive: true });
  await mkdir(path.join(root, "node_modules", ".bin"), { recursive: true });
  await writeFile(path.join(root, "src", "page.tsx"), "export default 1;\n");
  const next = path.join(root, "node_modules", ".bin", "next");
  await writeFile(
    next,
    `#!/bin/sh\nmkdir -p .next && echo id > .next/BUILD_ID && echo run >> builds.log\n${duringBuild}\nexit 0\n`,
  );
  await chmod(next, 0o755);
  return async () =>
    (await readFile(path.join(root, "builds.log"), "utf8").catch(() => "")).split("\n").filter(Boolean).length;
}

describe("the production build", () => {
  it("is made once, then reused until a source changes", async () => {
    const builds = await project();
    expect(await buildUnlessCurrent(root)).toBe(true);
    expect(await buildUnlessCurrent(root)).toBe(true);
    expect(await builds()).toBe(1);
    await writeFile(path.join(root, "src", "page.tsx"), "export default 2;\n");
    expect(await buildUnlessCurrent(root)).toBe(true);
    expect(await builds()).toBe(2);
  });

  it("says so when the build fails, and tries again next time", async () => {
    const builds = await project("exit 1");
    expect(await buildUnlessCurrent(root)).toBe(false);
    expect(await buildUnlessCurrent(root)).toBe(false);
    expect(await builds()).toBe(2);
  });

  it("is made again when a source was saved while it was being built", async () => {
    const builds = await project("sleep 0.05; echo 'export default 3;' > src/page.tsx");
    await buildUnlessCurrent(root);
    await buildUnlessCurrent(root);
    expect(await builds()).toBe(2);
  });
});
