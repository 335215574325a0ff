import { afterAll, afterEach, beforeAll } from "vitest";
import { startSmtpServer } from "./smtp";

// Apart from smtp.ts, which the browser tests' global setup also loads, where vitest cannot be imported.
/**
 * For a test file that sends mail: one SMTP server for the file, emptied after each test, with
 * SMTP_URL unset again so each test chooses whether mail is configured. Returns the server's getter.
 */
export function smtpServerForFile(): () => Awaited<ReturnType<typeof startSmtpServer>> {
  let server: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  beforeAll(async () => {
    server = await startSmtpServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    delete process.env.SMTP_URL;
    if (server) server.messages.length = 0;
  });
  return () => server!;
}
