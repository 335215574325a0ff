import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";
import { publicRoute } from "@/lib/http/route";
import { setNextAuthUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request so settings are read at run time, not while the app is being built.
async function handle(request: Request, context: Context) {
  setNextAuthUrl();
  const handler = NextAuth(authOptions()) as (request: Request, context: Context) => Promise<Response>;
  return handler(request, context);
}

// next-auth's own pages and client post URL-encoded forms; it parses a JSON body without a guard,
// so anything else would be a server error instead of the client's mistake.
async function handlePost(request: Request, context: Context) {
  if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers.get("content-type") ?? ""))
    throw new AppError("invalid", "Sign in from this service's sign-in page.");
  return handle(request, context);
}

const reason = "next-auth's own sign-in endpoints (OIDC redirect, callback, CSRF token); they check their own state";
export const GET = publicRoute(reason, handle);
export const POST = publicRoute(reason, handlePost);
