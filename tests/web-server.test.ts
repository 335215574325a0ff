import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddressOf, createRequestListener, isUndecodablePath, trustedProxyHops } from "../scripts/web-server.mjs";

/**
 * The server `npm start` runs in front of Next (scripts/web-server.mjs), over real HTTP with a
 * stand-in for Next's handler that echoes the headers the app would read.
 */
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

const log = { warn: vi.fn(), error: vi.fn() };

async function serve(hops: number) {
  server = createServer(
    createRequestListener(
      (request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(request.headers));
      },
      { hops, log },
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return async (pathname: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${pathname}`, { headers });
    return { status: response.status, body: await response.text() };
  };
}

describe("the client's address the app is given", () => {
  it("is the connection's own when no proxy is trusted, whatever X-Forwarded-For says", async () => {
    const get = await serve(0);
    for (const forged of ["198.51.100.1", "198.51.100.1, 198.51.100.2", "not an address"]) {
      const seen = JSON.parse((await get("/sign-in", { "x-forwarded-for": forged })).body);
      expect(seen["x-forwarded-for"], forged).toBe("127.0.0.1");
    }
  });

  it("drops the other forwarded headers a client could send when no proxy is trusted", async () => {
    const get = await serve(0);
    const seen = JSON.parse(
      (await get("/", { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", forwarded: "for=1.2.3.4" }))
        .body,
    );
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(seen.forwarded).toBeUndefined();
  });

  it("behind N trusted proxies, is the Nth entry from the right, never one the client wrote", async () => {
    const get = await serve(1);
    const seen = JSON.parse((await get("/", { "x-forwarded-for": "198.51.100.1, 203.0.113.7" })).body);
    expect(seen["x-forwarded-for"]).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", "198.51.100.1, 203.0.113.7, 10.0.0.1", 2)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", "203.0.113.7:51234", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", "[2001:db8::7]:443", 1)).toBe("2001:db8::7");
    // Fewer entries than proxies: the furthest one there is. Nothing usable: the connection's.
    expect(clientAddressOf("10.0.0.2", "203.0.113.7", 2)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddressOf("10.0.0.2", "unknown", 1)).toBe("10.0.0.2");
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, 0 when unset", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("-1")).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops("one")).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("an address Next cannot decode", () => {
  it("is refused with a plain 400 and a warning, on pages, routes and uploads alike", async () => {
    const get = await serve(0);
    for (const pathname of [
      "/cases/%ff",
      "/evidence/%ff",
      "/api/evidence/%ff/files/%ff",
      "/api/uploads/evidence/%c0",
    ]) {
      expect(await get(pathname), pathname).toEqual({
        status: 400,
        body: "This address is not valid. Check the link and try again.",
      });
    }
    expect(log.warn).toHaveBeenCalledWith(expect.objectContaining({ reason: "undecodable path" }), "request refused");
    expect(log.error).not.toHaveBeenCalled();
    expect((await get("/cases/caf%C3%A9?team=%ff")).status).toBe(200);
    expect(isUndecodablePath("/evidence/%E2%80%93")).toBe(false);
  });
});
