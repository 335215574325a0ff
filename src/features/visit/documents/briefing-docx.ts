/**
 * A session's briefing pack as a Word document, for the people CQC will speak to: what the
 * session is, the quality statements it is about (with CQC's We statements) and the evidence to
 * read beforehand. An ordinary document with real heading styles, like the self-assessment
 * export, so it can be edited, printed or pasted into the council's own template.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { londonWallClock } from "@/lib/calendar";
import { formatDate } from "@/components/format/date";
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
  const doc = new Document({
    title: `Briefing: ${session.title}`,
    creator: pack.councilName,
    lastModifiedBy: pack.councilName,
    styles: { default: { document: { run: { language: { value: "en-GB" } } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: `Briefing: ${session.title}` }),
          new Paragraph({ text: `${pack.councilName}: CQC on-site visit` }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "The session" }),
          labelled("When", `${formatDate(day)}, ${time}`),
          labelled("Kind", KIND_LABELS[session.kind]),
          labelled("Place", session.place || "Not set"),
          labelled("Online link", session.onlineLink || "None"),
          labelled("CQC attendees", session.cqcAttendees || NONE),
          labelled("Notes", session.notes || NONE),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Who is taking part" }),
          ...bullets(
            pack.participants.map(
              (person) => `${participantLabel(person)}, ${GROUP_LABELS[person.group].toLowerCase()}`,
            ),
          ),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Quality statements in focus" }),
          ...(pack.statements.length === 0
            ? [new Paragraph({ text: NONE })]
            : pack.statements.flatMap((statement) => [
                new Paragraph({ heading: HeadingLevel.HEADING_2, text: `${statement.number}. ${statement.name}` }),
                labelled("Theme", statement.theme),
                labelled("We statement", statement.weStatement),
              ])),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Evidence to read beforehand" }),
          ...(pack.evidence.length === 0
            ? [new Paragraph({ text: NONE })]
            : pack.evidence.flatMap((item) => evidenceEntry(pack.appUrl, item))),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function evidenceEntry(appUrl: string, item: BriefingPack["evidence"][number]): Paragraph[] {
  const link = new URL(`/evidence/${item.id}`, appUrl).toString();
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: item.title }),
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

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })] });
}

function bullets(items: string[]): Paragraph[] {
  if (items.length === 0) return [new Paragraph({ text: NONE })];
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}
