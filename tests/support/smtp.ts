import { writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/**
 * A real SMTP server on loopback that keeps every message it accepts, parsed, and (with `saveTo`)
 * writes each as an .eml file, so browser journeys in other processes can read the app's e-mail.
 */
export async function startSmtpServer(options: { saveTo?: string } = {}) {
  const messages: ParsedMail[] = [];
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        const saved = options.saveTo
          ? writeFile(path.join(options.saveTo, `${Date.now()}-${++count}.eml`), raw)
          : Promise.resolve();
        Promise.all([simpleParser(raw), saved]).then(
          ([mail]) => {
            messages.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** Messages to one address, oldest first. */
    to: (address: string) =>
      messages.filter(
        (mail) =>
          mail.to &&
          (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) =>
            entry.value.some((value) => value.address === address),
          ),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
