import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

let cached: { url: string; transporter: Transporter } | undefined;

/**
 * The SMTP server from SMTP_URL, or null when none is configured: callers then show the notice in
 * the app instead. Mail is plain text: it reads the same in every client and screen reader.
 */
export function configuredMailer(): Mailer | null {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return null;
  if (cached?.url !== SMTP_URL) {
    cached = { url: SMTP_URL, transporter: nodemailer.createTransport(SMTP_URL, { from: MAIL_FROM }) };
  }
  const { transporter } = cached;
  return {
    async send(mail) {
      await transporter.sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
