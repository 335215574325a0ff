import { headers } from "next/headers";

/**
 * The client's address, for rate limiting and the audit trail. The right-most X-Forwarded-For
 * entry is the one added by the nearest proxy (or Next's own server), which a client cannot forge.
 */
export async function clientAddress(): Promise<string> {
  const list = (await headers()).get("x-forwarded-for");
  const last = list
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last ?? "unknown";
}
