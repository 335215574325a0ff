import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";
import { publicRoute } from "@/lib/http/route";
import { setNextAuthUrl } from "@/lib/env";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request so settings are read at run time, not while the app is being built.
async function handle(request: Request, context: Context) {
  setNextAuthUrl();
  const handler = NextAuth(authOptions()) as (request: Request, context: Context) => Promise<Response>;
  return handler(request, context);
}

const reason = "next-auth's own sign-in endpoints (OIDC redirect, callback, CSRF token); they check their own state";
export const GET = publicRoute(reason, handle);
export const POST = publicRoute(reason, handle);
