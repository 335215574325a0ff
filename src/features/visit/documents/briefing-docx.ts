/**
 * A session's briefing pack as a Word document, for the people CQC will speak to: what the
 * session is, the quality statements it is about (with CQC's We statements) and the evidence to
 * read beforehand. An ordinary document in the house style (lib/word/document.ts), like the
 * self-assessment export, so it can be edited, printed or pasted into the council's own template.
 */
import { ExternalHyperlink, Packer, Paragraph, TextRun } from "docx";
import { londonWallClock } from "@/lib/calendar";
import { formatDate } from "@/components/format/date";
import { buildWordDocument, bullets, heading, labelled } from "@/lib/word/document";
import { GROUP_LABELS, KIND_LABELS, participantLabel, type ParticipantGroup, type SessionKind } from "../domain";

export type BriefingPack = {
  councilName: string;
  appUrl: string;
  session: {
    title: string;
    kind: SessionKind;
    startsAt: Date;
    endsAt: Date;
    place: string;
    onlineLink: string;
    cqcAttendees: string;
    notes: string;
  };
  participants: { name: string; jobTitle: string; group: ParticipantGroup }[];
  statements: { number: number; name: string; theme: string; weStatement: string }[];
  evidence: { id: string; title: string; description: string; categories: string[] }[];
};

const NONE = "None recorded";

export async function buildBriefingDocx(pack: BriefingPack): Promise<Buffer> {
  const { session } = pack;
  const day = londonWallClock(session.startsAt).day;
  const time = `${londonWallClock(session.startsAt).time} to ${londonWallClock(session.endsAt).time}`;
  const doc = buildWordDocument({
    title: `Briefing: ${session.title}`,
    councilName: pack.councilName,
    subtitle: "CQC on-site visit: briefing for the people taking part",
    coverLines: [labelled("When", `${formatDate(day)}, ${time}`)],
    contents: [],
    body: [
      heading("The session", 1),
      labelled("When", `${formatDate(day)}, ${time}`),
      labelled("Kind", KIND_LABELS[session.kind]),
      labelled("Place", session.place || "Not set"),
      labelled("Online link", session.onlineLink || "None"),
      labelled("CQC attendees", session.cqcAttendees || NONE),
      labelled("Notes", session.notes || NONE),
      heading("Who is taking part", 1),
      ...bullets(
        pack.participants.map((person) => `${participantLabel(person)}, ${GROUP_LABELS[person.group].toLowerCase()}`),
        NONE,
      ),
      heading("Quality statements in focus", 1),
      ...(pack.statements.length === 0
        ? [new Paragraph({ text: NONE })]
        : pack.statements.flatMap((statement) => [
            heading(`${statement.number}. ${statement.name}`, 2),
            labelled("Theme", statement.theme),
            labelled("We statement", statement.weStatement),
          ])),
      heading("Evidence to read beforehand", 1),
      ...(pack.evidence.length === 0
        ? [new Paragraph({ text: NONE })]
        : pack.evidence.flatMap((item) => evidenceEntry(pack.appUrl, item))),
    ],
  });
  return Packer.toBuffer(doc);
}

function evidenceEntry(appUrl: string, item: BriefingPack["evidence"][number]): Paragraph[] {
  const link = new URL(`/evidence/${item.id}`, appUrl).toString();
  return [
    heading(item.title, 2),
    new Paragraph({ text: item.description || "No description." }),
    labelled("Evidence category", item.categories.length ? item.categories.join(", ") : "Not set"),
    new Paragraph({
      children: [
        new TextRun({ text: "In the evidence library: ", bold: true }),
        new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: "Hyperlink" })] }),
      ],
    }),
  ];
}
