/**
 * Whether an error means the database could not be reached or dropped the connection (a restart,
 * a failover, a network break), as opposed to a fault in the request. Such a failure is brief and
 * nothing was saved, so the person is told to try again in a minute instead of quoting a reference.
 */
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/** Prisma's own codes for "can't reach", "timed out", "connection closed". */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
/** PostgreSQL: connection exceptions (class 08), shutting down, cannot connect now, too many connections. */
const POSTGRES_CODES = /^(08\d{3}|57P0[123]|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
/** node-postgres says these without a code when a pooled connection broke under a query. */
const PG_CONNECTION_MESSAGES = /^(Connection terminated|Client has encountered a connection error|Client was closed)/;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The service cannot reach its database for a moment, so nothing was saved. Try again in a minute.";

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const { code, message, meta, cause } = current as {
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: Record<string, unknown> } };
      cause?: unknown;
    };
    if (typeof code === "string" && (PRISMA_CODES.has(code) || POSTGRES_CODES.test(code) || SOCKET_CODES.has(code)))
      return true;
    if (current instanceof Error && typeof message === "string" && PG_CONNECTION_MESSAGES.test(message)) return true;
    const adapter = meta?.driverAdapterError?.cause;
    if (adapter) {
      if (typeof adapter.kind === "string" && UNREACHABLE_KINDS.has(adapter.kind)) return true;
      if (typeof adapter.originalCode === "string" && POSTGRES_CODES.test(adapter.originalCode)) return true;
    }
    current = cause;
  }
  return false;
}
