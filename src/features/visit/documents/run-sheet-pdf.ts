/**
 * A day's run sheet as a PDF: what the visit co-ordinator carries round on the day, often
 * printed, so it is plain black text. Built the same way as the board pack (PDFKit's own
 * Helvetica, a tagged PDF with headings and paragraphs in reading order, page footers marked as
 * pagination artefacts) so a screen reader reads each session top to bottom.
 */
import {
  BOLD,
  CONTENT_WIDTH,
  MARGINS,
  addText,
  bulletList,
  ensureSpace,
  finishTaggedPdf,
  labelled,
  startTaggedPdf,
  type Doc,
  type Writer,
} from "@/lib/pdf/tagged-pdf";
import { londonWallClock } from "@/lib/calendar";
import { formatDate } from "@/components/format/date";
import { KIND_LABELS, GROUP_LABELS, participantLabel, type ParticipantGroup, type SessionKind } from "../domain";

export type RunSheet = {
  councilName: string;
  day: string;
  sessions: {
    title: string;
    kind: SessionKind;
    startsAt: Date;
    endsAt: Date;
    place: string;
    onlineLink: string;
    cqcAttendees: string;
    participants: { name: string; jobTitle: string; group: ParticipantGroup; briefedAt: Date | null }[];
  }[];
};

export const runSheetTitle = (day: string) => `Run sheet for ${formatDate(day)}`;

export function buildRunSheetPdf(sheet: RunSheet, options: { compress?: boolean } = {}): Doc {
  const title = runSheetTitle(sheet.day);
  const writer = startTaggedPdf(
    {
      Title: `${title}, ${sheet.councilName}`,
      Author: sheet.councilName,
      Subject: `CQC on-site visit: sessions on ${formatDate(sheet.day)}`,
    },
    options,
  );

  addText(writer, "H1", title, { font: BOLD, size: 20, after: 6 });
  addText(writer, "P", `${sheet.councilName}: CQC on-site visit`, { font: BOLD, size: 13 });
  addText(writer, "P", sheet.sessions.length === 1 ? "1 session" : `${sheet.sessions.length} sessions`, { after: 10 });
  if (sheet.sessions.length === 0) addText(writer, "P", "No sessions on this day.");
  for (const session of sheet.sessions) sessionBlock(writer, session);

  return finishTaggedPdf(writer, `${sheet.councilName} · ${title}`);
}

function sessionBlock(writer: Writer, session: RunSheet["sessions"][number]): void {
  const { doc } = writer;
  const time = `${londonWallClock(session.startsAt).time} to ${londonWallClock(session.endsAt).time}`;
  if (doc.y > MARGINS.top) doc.y += 10;
  doc.font(BOLD).fontSize(14);
  // Keeps a session's heading with its first lines rather than alone at the foot of a page.
  ensureSpace(doc, doc.heightOfString(session.title, { width: CONTENT_WIDTH }) + 60);
  addText(writer, "H2", `${time}: ${session.title}`, { font: BOLD, size: 14, after: 4 });
  labelled(writer, "Kind", KIND_LABELS[session.kind]);
  labelled(writer, "Place", [session.place, session.onlineLink].filter(Boolean).join(", ") || "Not set");
  labelled(writer, "CQC attendees", session.cqcAttendees || "Not recorded");
  if (session.participants.length === 0) {
    labelled(writer, "Participants", "None yet");
    return;
  }
  labelled(writer, "Participants", String(session.participants.length));
  bulletList(
    writer,
    session.participants.map(
      (person) =>
        `${participantLabel(person)}, ${GROUP_LABELS[person.group].toLowerCase()}${person.briefedAt ? "" : " (not briefed)"}`,
    ),
  );
}
