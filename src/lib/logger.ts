import pino from "pino";

/**
 * Structured JSON logs on stdout. Never log form values, case fields or secrets: log ids and codes.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "care-act-readiness" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], remove: true },
  timestamp: pino.stdTimeFunctions.isoTime,
});
