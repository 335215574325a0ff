import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

// The shapes Prisma 7 (with the pg adapter) throws, as seen when PostgreSQL was stopped under it.
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid invocation"), {
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("telling a database outage from a fault in the request", () => {
  it("recognises the database being unreachable, shutting down or dropping the connection", () => {
    expect(
      isDatabaseUnavailable(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        prismaError("P2010", {
          kind: "postgres",
          originalCode: "57P01",
          message: "terminating connection due to administrator command",
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "ConnectionClosed" }))).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("gone"), { code: "08006" }) })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("does not mistake a fault in the request for an outage", () => {
    expect(
      isDatabaseUnavailable(
        prismaError("P2002", { kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } }),
      ),
    ).toBe(false);
    expect(
      isDatabaseUnavailable(
        prismaError("P2010", {
          kind: "postgres",
          originalCode: "22P02",
          message: "invalid input syntax for type uuid",
        }),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2021", { kind: "TableDoesNotExist", table: "public.User" }))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
    expect(isDatabaseUnavailable(new Error("Evidence item not found: Connection terminated"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
