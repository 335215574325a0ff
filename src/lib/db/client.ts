import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { settings } from "@/lib/env";

type Transaction = Awaited<ReturnType<Awaited<ReturnType<PrismaPg["connect"]>>["startTransaction"]>>;

/**
 * Prisma's query plan loads the relations of one query at once (a nested select of several
 * relations becomes parallel queries). Outside a transaction each takes its own pooled
 * connection; inside one they all share the transaction's connection, and pg warns that giving a
 * client a query while it runs another is deprecated (pg 9 will refuse it). So a transaction's
 * queries are sent one after another here, as pg asks: "an external async flow control".
 */
class OneQueryAtATimeInTransactions extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => inTurn(await startTransaction(...args));
    return adapter;
  }
}

function inTurn(transaction: Transaction): Transaction {
  let previous: Promise<unknown> = Promise.resolve();
  const queued =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const next = previous.then(() => run(...args));
      previous = next.catch(() => undefined);
      return next;
    };
  const queryRaw = queued(transaction.queryRaw.bind(transaction));
  const executeRaw = queued(transaction.executeRaw.bind(transaction));
  return new Proxy(transaction, {
    get(target, property) {
      if (property === "queryRaw") return queryRaw;
      if (property === "executeRaw") return executeRaw;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The one Prisma client. Only data.ts and mutations.ts files may import it (enforced by lint):
 * pages, actions and components go through them.
 */
function createClient(url: string, poolSize: number) {
  const adapter = new OneQueryAtATimeInTransactions({ connectionString: url, max: poolSize });
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
