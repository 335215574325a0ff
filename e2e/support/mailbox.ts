import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";

/** The e-mails the app sent to one address, read from the test SMTP server's folder. */
async function mailTo(address: string): Promise<ParsedMail[]> {
  const dir = process.env.E2E_MAIL_DIR!;
  const files = (await readdir(dir)).filter((name) => name.endsWith(".eml")).sort();
  const mails = await Promise.all(files.map(async (name) => simpleParser(await readFile(path.join(dir, name)))));
  return mails.filter((mail) =>
    (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).some((entry) =>
      entry.value.some((value) => value.address === address),
    ),
  );
}

/** Waits for an e-mail to `address` whose subject matches, and returns it. */
export async function waitForMail(address: string, subject: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailTo(address)).find((mail) => subject.test(mail.subject ?? ""));
        return Boolean(found);
      },
      { message: `an e-mail to ${address} with subject ${subject}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}
