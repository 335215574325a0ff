import { isIP } from "node:net";
import { headers } from "next/headers";

/**
 * The client's address, for rate limiting and the audit trail. scripts/web-server.mjs (which
 * `npm start` runs in front of Next) replaces X-Forwarded-For with the one address it trusts: the
 * connection's own, or the one the configured proxies (TRUSTED_PROXY_HOPS) vouch for. Nothing a
 * client writes in the header gets through.
 */
export async function clientAddress(): Promise<string> {
  const address = (await headers()).get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return address && isIP(address) ? address : "unknown";
}
