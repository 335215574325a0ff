import MsgReader from "@kenjiuno/msgreader";
import { simpleParser } from "mailparser";

/** An e-mail's headers, body and attachment names: what a reader of the message sees. */
export async function extractEml(bytes: Buffer): Promise<string> {
  const mail = await simpleParser(bytes, { skipImageLinks: true, skipHtmlToText: false });
  const addresses = (value: typeof mail.from | typeof mail.to) =>
    (Array.isArray(value) ? value : value ? [value] : []).map((entry) => entry.text).join(", ");
  return message(
    [
      header("From", addresses(mail.from)),
      header("To", addresses(mail.to)),
      header("Cc", addresses(mail.cc)),
      header("Subject", mail.subject ?? ""),
      header("Date", mail.date ? mail.date.toISOString().slice(0, 10) : ""),
    ],
    mail.text ?? "",
    mail.attachments.map((attachment) => attachment.filename ?? ""),
  );
}

/** An Outlook .msg message, read the same way as .eml. */
export function extractMsg(bytes: Buffer): string {
  const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const data = reader.getFileData();
  if (data.error) throw new Error(data.error);
  const recipients = (data.recipients ?? []).map((recipient) => recipient.name ?? recipient.email ?? "");
  return message(
    [
      header("From", [data.senderName, data.senderEmail].filter(Boolean).join(" ")),
      header("To", recipients.join(", ")),
      header("Subject", data.subject ?? ""),
    ],
    data.body ?? "",
    (data.attachments ?? []).map((attachment) => attachment.fileName ?? attachment.name ?? ""),
  );
}

function header(name: string, value: string): string {
  return value ? `${name}: ${value}` : "";
}

/** Headers, a blank line, the body, then the attachments' names: the message as a reader sees it. */
function message(headers: string[], body: string, attachmentNames: string[]): string {
  const named = attachmentNames.filter(Boolean);
  return [headers.filter(Boolean).join("\n"), body.trim(), named.length ? `Attachments: ${named.join(", ")}` : ""]
    .filter(Boolean)
    .join("\n\n");
}
