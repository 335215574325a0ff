import { Prisma } from "@/generated/prisma/client";

/** SQL that holds when a text-array tags column has the tag, whatever its capitals (the rule of `lib/tags.ts`). */
export function hasTagSql(column: Prisma.Sql, tag: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM unnest(${column}) AS t WHERE lower(t) = lower(${tag}))`;
}
