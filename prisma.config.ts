import { defineConfig } from "prisma/config";

// The Prisma CLI is used here only for `prisma generate`. Migrations are applied by the project's
// own step (src/lib/db/migrate.ts, see docs/decisions/0002-migrations-without-schema-engine.md),
// which records them exactly as `prisma migrate deploy` would.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unused@127.0.0.1:1/unused" },
});
