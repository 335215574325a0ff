#!/usr/bin/env node
// Serves the app through Node's own HTTP server, as `next start` would (or `next dev` with --dev),
// for two things only a server in front of Next can do:
// - take the client's address from the connection, trusting X-Forwarded-For only from as many
//   proxies as TRUSTED_PROXY_HOPS says (Next passes on whatever X-Forwarded-For the client sent,
//   so a sign-in limit or audit entry keyed on it could be chosen by the client);
// - refuse an address Next cannot decode (`/cases/%ff`) with a 400 instead of Next's 500, on every
//   path, uploads included (those bypass src/proxy.ts).
// Plain Node on purpose, like start.mjs: it runs the production server, with no compiler loaded.
import { createServer } from "node:http";
import { isIP } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";

const FORWARDED_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];
const BAD_ADDRESS = "This address is not valid. Check the link and try again.";

/** TRUSTED_PROXY_HOPS as a number of proxies (0 when unset: the connection's own address). */
export function trustedProxyHops(value) {
  if (value === undefined || value === "") return 0;
  if (!/^\d+$/.test(value) || Number(value) > 10)
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (it is "${value}").`);
  return Number(value);
}

/** An address as proxies write it, without a port ("203.0.113.9:51234", "[2001:db8::1]:443"). */
function withoutPort(entry) {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4 ? v4[1] : entry;
}

/**
 * The client's address. With no trusted proxy, the connection's. With N, each proxy appends the
 * address that connected to it, so the Nth entry from the right of X-Forwarded-For was written by
 * the furthest trusted proxy; entries left of it are the client's own claims and are never used.
 * Fewer entries than N (a request that came round a proxy) gives the furthest one there is.
 */
export function clientAddressOf(socketAddress, forwardedFor, hops) {
  if (hops === 0) return socketAddress;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => withoutPort(entry.trim()))
    .filter(Boolean);
  const candidate = chain.at(-hops) ?? chain[0];
  return candidate && isIP(candidate) ? candidate : socketAddress;
}

/** True when a segment of the path is not valid percent-encoded UTF-8 (Next answers those with a 500). */
export function isUndecodablePath(url) {
  const pathname = (url ?? "/").split("?")[0].split("#")[0];
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

/**
 * The request handler in front of Next's: X-Forwarded-For becomes the one address worked out
 * above, and with no trusted proxy the other forwarded headers a client could send are dropped.
 */
export function createRequestListener(handle, { hops, log }) {
  return (request, response) => {
    const header = request.headers["x-forwarded-for"];
    const address = clientAddressOf(
      request.socket.remoteAddress ?? "",
      Array.isArray(header) ? header.join(",") : header,
      hops,
    );
    if (hops === 0) for (const name of FORWARDED_HEADERS) delete request.headers[name];
    request.headers["x-forwarded-for"] = address;
    if (isUndecodablePath(request.url)) {
      log.warn({ method: request.method, status: 400, reason: "undecodable path" }, "request refused");
      response.writeHead(400, {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      response.end(BAD_ADDRESS);
      return;
    }
    Promise.resolve(handle(request, response)).catch((error) => {
      log.error({ err: error instanceof Error ? error.message : String(error) }, "request failed");
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("Sorry, there is a problem with the service.");
    });
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", short: "p" },
      hostname: { type: "string", short: "H" },
      dev: { type: "boolean" },
    },
  });
  const dev = Boolean(values.dev);
  process.env.NODE_ENV ??= dev ? "development" : "production";
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  let hops;
  try {
    hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const { default: pino } = await import("pino");
  const log = pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: "care-act-readiness" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  const { default: next } = await import("next");
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const app = next({ dev, dir: root, hostname: values.hostname ?? "localhost", port });
  await app.prepare();
  const server = createServer(createRequestListener(app.getRequestHandler(), { hops, log }));
  server.listen(port, values.hostname, () => {
    console.log(`- Local: http://${values.hostname ?? "localhost"}:${port}`);
  });
  const stop = () => {
    // The job queue (src/lib/jobs/queue.ts) lets running jobs finish and closes its connections;
    // a job cut off by the time limit is taken up again by another instance.
    const stopJobs = globalThis[Symbol.for("care-act-readiness.stop-job-queue")];
    const jobsStopped = typeof stopJobs === "function" ? stopJobs(8_000).catch(() => undefined) : Promise.resolve();
    const serverClosed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    void Promise.all([serverClosed, jobsStopped]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`The web server did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
