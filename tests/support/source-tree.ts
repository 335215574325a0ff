import { readdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/**
 * What the suite-wide tests (authorization, hostile input, isolation, forgery) find by reading the
 * source tree and the zod schemas, so that a new action, route or field is covered without
 * editing them.
 */
/** Every file below `dir` whose name passes `test`, in a stable order. */
export async function filesNamed(dir: string, test: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesNamed(full, test)));
    else if (test(entry.name)) found.push(full);
  }
  return found.sort();
}

type Def = Record<string, unknown>;
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const innerSchemas = (def: Def, ...names: string[]) =>
  [...names.map((name) => def[name]), ...(Array.isArray(def.options) ? def.options : [])].filter(
    (one): one is z.ZodType => one instanceof z.ZodType,
  );

/** A schema's field names, looking through pipes, intersections, unions and optional wrappers. */
export function keysOf(schema: z.ZodType, seen = new Set<z.ZodType>()): Map<string, z.ZodType> {
  const keys = new Map<string, z.ZodType>();
  if (seen.has(schema)) return keys;
  seen.add(schema);
  const def = defOf(schema);
  if (def.type === "object")
    for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) keys.set(key, field);
  for (const inner of innerSchemas(def, "in", "out", "left", "right", "innerType", "schema")) {
    for (const [key, field] of keysOf(inner, seen)) if (!keys.has(key)) keys.set(key, field);
  }
  return keys;
}

/** The choices an enum or literal field offers (through optional, default and preprocess wrappers). */
export function choicesOf(field: z.ZodType, depth = 0): string[] {
  if (depth > 6) return [];
  const def = defOf(field);
  if (def.type === "enum") return Object.values(def.entries as Record<string, string>).map(String);
  if (def.type === "literal") return (def.values as unknown[]).map(String).filter((one) => one !== "");
  return innerSchemas(def, "innerType", "in", "out", "element", "schema").flatMap((one) => choicesOf(one, depth + 1));
}
