import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { settings } from "@/lib/env";

/**
 * The one Prisma client. Only data.ts and mutations.ts files may import it (enforced by lint):
 * pages, actions and components go through them.
 */
function createClient(url: string, poolSize: number) {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize });
  return new PrismaClient({ adapter });
}

type Client = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { __db?: Client; __dbUrl?: string };

function getClient(): Client {
  // Read on every use, not only the first: the start and backup commands set DATABASE_URL late,
  // and tests point it at a database of their own.
  const { DATABASE_URL: url, DATABASE_POOL_SIZE } = settings("DATABASE_URL", "DATABASE_POOL_SIZE");
  // Reuse across hot reloads and module re-evaluation; a changed URL (tests) gets a new client.
  if (!globalForDb.__db || globalForDb.__dbUrl !== url) {
    globalForDb.__db = createClient(url, DATABASE_POOL_SIZE);
    globalForDb.__dbUrl = url;
  }
  return globalForDb.__db;
}

export const db: Client = new Proxy({} as Client, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
/** Either the client or a transaction: functions that write take this so callers can compose them. */
export type DbOrTx = Client | Tx;

export async function disconnectDb() {
  await globalForDb.__db?.$disconnect();
  globalForDb.__db = undefined;
}
