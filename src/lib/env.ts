import { z } from "zod";

/**
 * Every setting the app reads from the environment, validated once. The start script fills in
 * DATABASE_URL and AUTH_SECRET for the embedded default; a deployment sets them itself.
 * The table of variables is in docs/architecture.md.
 */
const optionalUrl = z.preprocess((value) => (value === "" ? undefined : value), z.url().optional());

const fields = {
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL must be set (the start script sets it for the embedded database)"),
  /** Connections each instance's Prisma adapter may open. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  /** The address users reach the app at; https here makes the session cookie Secure. */
  APP_URL: z.url().default("http://localhost:3000"),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_DISPLAY_NAME: z.string().default("your council account"),
  /** Folder for uploaded files when no S3 bucket is set; the start script puts it under the data folder. */
  STORAGE_DIR: z.string().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default("eu-west-2"),
  S3_ENDPOINT: optionalUrl,
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.stringbool().default(false),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(2000).default(50),
  /** Outgoing mail, e.g. smtp://user:password@smtp.example.org:587 (smtps:// for TLS from the start). Unset: notices appear in the app only. */
  SMTP_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@host:587 or smtps://…" })
      .optional(),
  ),
  MAIL_FROM: z.string().default("CQC readiness <no-reply@localhost>"),
  /**
   * How many proxies (load balancer, CDN) stand in front of the app and append the address that
   * connected to them to X-Forwarded-For. 0: none, use the connection's own address. Read by
   * scripts/web-server.mjs, which hands the app the one address it works out.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Unset: "info", or "silent" under test (src/lib/logger.ts). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
};

const schema = z.object(fields).superRefine((value, ctx) => {
  const oidc = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    ctx.addIssue({
      code: "custom",
      path: ["OIDC_ISSUER"],
      message:
        "Set all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET to enable sign-in with your identity provider, or none of them",
    });
  }
});

export type Env = z.infer<typeof schema>;

export class SettingsError extends Error {}

/** One readable message listing every problem, a sentence per bad value. */
function parse<T>(parser: z.ZodType<T>): T {
  const parsed = parser.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new SettingsError(`The app's settings are not valid:\n- ${problems.join("\n- ")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/**
 * Reads and validates the environment on first use; throws one readable message listing every
 * problem. This module is the one place that reads process.env (lint enforces it), apart from the
 * start-up code that fills it in before anything reads it (src/lib/runtime, the backup commands).
 */
export function env(): Env {
  if (cached && process.env.NODE_ENV !== "test") return cached;
  cached = parse(schema);
  return cached;
}

type Name = keyof typeof fields;

/**
 * Only the settings named, validated as env() validates them, read afresh each time: for code
 * that runs before the others are set or where they are not needed (the logger, when it is first
 * imported; the database client, used by the start and backup commands before AUTH_SECRET is
 * known; the proxy, on every request).
 */
export function settings<K extends Name>(...names: K[]): Pick<Env, K> {
  const picked = z.object(Object.fromEntries(names.map((name) => [name, fields[name]])));
  return parse(picked as unknown as z.ZodType<Pick<Env, K>>);
}

export function oidcEnabled(): boolean {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env();
  return Boolean(OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET);
}

export function secureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}

/** next-auth 4 builds its callback URLs from NEXTAUTH_URL, which it reads itself; ours is APP_URL. */
export function setNextAuthUrl() {
  process.env.NEXTAUTH_URL = env().APP_URL;
}
