import "server-only";
import { cookies } from "next/headers";
import { secureCookies } from "@/lib/env";

/**
 * What someone typed into a plain form (one that works without JavaScript) that a route handler
 * refused, kept for the page it sends them back to. Never in the address: a query string stays in
 * browser history and server logs and goes out in the Referer of the next link, and what is typed
 * (a title, a note) may name people. Instead, one short-lived cookie per field, readable only by
 * the page it is meant for (Path) and never by scripts (HttpOnly).
 */
const PREFIX = "kept-";
const MAX_AGE_SECONDS = 600;

function attributes(path: string, maxAge: number) {
  return `Path=${path}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secureCookies() ? "; Secure" : ""}`;
}

/** Set-Cookie values that keep `values` for the page at `path`. */
export function keepInput(path: string, values: Record<string, string>): string[] {
  return Object.entries(values)
    .filter(([, value]) => value !== "")
    .map(
      ([name, value]) =>
        `${PREFIX}${encodeURIComponent(name)}=${Buffer.from(value, "utf8").toString("base64url")}; ${attributes(path, MAX_AGE_SECONDS)}`,
    );
}

/** Set-Cookie values that forget what was kept for `path`, once the form has gone through. */
export function forgetInput(path: string, names: string[]): string[] {
  return names.map((name) => `${PREFIX}${encodeURIComponent(name)}=; ${attributes(path, 0)}`);
}

/** The kept values among `name=value` cookie pairs. */
export function keptInputFrom(pairs: string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const name = pair.slice(0, at);
    if (!name.startsWith(PREFIX) || at < 0) continue;
    try {
      kept[decodeURIComponent(name.slice(PREFIX.length))] = Buffer.from(pair.slice(at + 1), "base64url").toString(
        "utf8",
      );
    } catch {
      // A cookie we did not write: ignored.
    }
  }
  return kept;
}

/** What was kept for the page being rendered (the browser sends only its own page's cookies). */
export async function readKeptInput(): Promise<Record<string, string>> {
  return keptInputFrom((await cookies()).getAll().map((cookie) => `${cookie.name}=${cookie.value}`));
}
