import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env, secureCookies } from "@/lib/env";
import { FLASH_COOKIE, type FlashNotice } from "./notice";

/**
 * The flash cookie: one notice, signed so that only this service can put words on its pages, read
 * by the root layout on the next page and forgotten after it (decision record 0013). Not HttpOnly,
 * so that the banner can forget it in the browser too: it holds nothing but the words shown.
 */
const MAX_AGE_SECONDS = 60;

const noticeSchema = z.object({
  id: z.string().max(64),
  message: z.string().max(500),
  variant: z.enum(["success", "important"]).optional(),
  title: z.string().max(100).optional(),
  link: z
    .object({
      // Only a page of this service: a path, never another site (nor "//host", which is one).
      href: z
        .string()
        .regex(/^\/(?!\/)/)
        .max(500),
      text: z.string().max(200),
      after: z.string().max(300).optional(),
    })
    .optional(),
});

export type ShownNotice = FlashNotice & { id: string };

function sign(payload: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`flash:${payload}`).digest("base64url");
}

/** The cookie's value for a notice (exported for tests). */
export function encodeNotice(notice: FlashNotice, id: string = randomUUID()): string {
  const payload = Buffer.from(JSON.stringify({ ...notice, id }), "utf8").toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The notice a cookie value holds, or null when it is not one this service signed. */
export function decodeNotice(value: string | undefined): ShownNotice | null {
  if (!value) return null;
  const [payload, signature, ...rest] = value.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps a notice for the next page. Call from a server action. */
export async function flash(notice: FlashNotice): Promise<void> {
  (await cookies()).set(FLASH_COOKIE, encodeNotice(notice), {
    httpOnly: false,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: MAX_AGE_SECONDS,
  });
}

/** The same, as a Set-Cookie value, for a route handler that builds its own redirect. */
export function flashCookie(notice: FlashNotice): string {
  return `${FLASH_COOKIE}=${encodeNotice(notice)}; Path=/; Max-Age=${MAX_AGE_SECONDS}; SameSite=Lax${secureCookies() ? "; Secure" : ""}`;
}

/** Post/redirect/get with a confirmation: epic-stack's `redirectWithToast`. */
export async function redirectWithFlash(url: string, notice: FlashNotice | string): Promise<never> {
  await flash(typeof notice === "string" ? { message: notice } : notice);
  redirect(url);
}

/** The notice for the page being rendered, if the last change left one (the root layout shows it). */
export async function readFlash(): Promise<ShownNotice | null> {
  return decodeNotice((await cookies()).get(FLASH_COOKIE)?.value);
}
