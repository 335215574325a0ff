import pino from "pino";
import { settings } from "@/lib/env";

/**
 * Structured JSON logs on stdout. Never log form values, case fields or secrets: log ids and codes.
 */
const { LOG_LEVEL, NODE_ENV } = settings("LOG_LEVEL", "NODE_ENV");

export const logger = pino({
  level: LOG_LEVEL ?? (NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "care-act-readiness" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], remove: true },
  timestamp: pino.stdTimeFunctions.isoTime,
});
