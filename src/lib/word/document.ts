/**
 * The house style of every Word document the app writes. Councils take these to boards, members
 * and CQC, so they must look finished when opened, not like a draft: a sans-serif body font (Arial,
 * as the app uses, which every office suite has or substitutes metrically), dark headings rather
 * than Word's default blue, even spacing, a cover page, a contents list, and a header and footer
 * with the document's name and "Page n of m" on every page after the cover.
 *
 * The contents list is built from the headings (hyperlinks to bookmarks with page references)
 * rather than a Word TOC field, so it is filled in when the file is opened anywhere, without Word's
 * "update fields?" prompt.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InternalHyperlink,
  PageNumber,
  PageReference,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from "docx";

const FONT = "Arial";
const TEXT_COLOUR = "0B0C0C";
const SECONDARY_COLOUR = "505A5F";
// A4 less one-inch margins, in twips: where a right-aligned tab stop ends the line.
const TEXT_WIDTH = 9026;
// Sizes are in half-points.
const BODY_SIZE = 22;
const SMALL_SIZE = 18;

export const NONE_RECORDED = "None recorded";

export type ContentsEntry = { text: string; bookmark: string; level: 1 | 2 };

export type WordDocumentInput = {
  /** What the document is ("Self-assessment"): the cover's title and the header's name. */
  title: string;
  /** Whose it is: the council, on the cover and in the header. */
  councilName: string;
  /** One line under the title on the cover. */
  subtitle: string;
  /** "Generated on 1 July 2026" and any other short facts for the cover. */
  coverLines: Paragraph[];
  /** Headings to list in the contents; leave empty for a short document without one. */
  contents: ContentsEntry[];
  body: FileChild[];
};

export function buildWordDocument(input: WordDocumentInput): Document {
  return new Document({
    title: `${input.title}: ${input.councilName}`,
    creator: input.councilName,
    lastModifiedBy: input.councilName,
    styles: HOUSE_STYLES,
    sections: [coverSection(input), bodySection(input)],
  });
}

/** A heading the contents list can link to and give the page of; `newPage` starts a part on a fresh page. */
export function bookmarkedHeading(text: string, level: 1 | 2, bookmark: string, newPage = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore: newPage,
    children: [new Bookmark({ id: bookmark, children: [new TextRun(text)] })],
  });
}

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], text });
}

/** A bold label and its value on one line, so the reader can scan down the labels. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })] });
}

/** A bulleted list, or "None recorded" so an empty list reads as empty rather than as a gap. */
export function bullets(items: string[], none = NONE_RECORDED): Paragraph[] {
  if (items.length === 0) return [new Paragraph({ text: none })];
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

function coverSection(input: WordDocumentInput): ISectionOptions {
  return {
    children: [
      new Paragraph({ text: input.councilName, style: "CoverCouncil" }),
      new Paragraph({ heading: HeadingLevel.TITLE, text: input.title }),
      new Paragraph({ text: input.subtitle, style: "CoverSubtitle" }),
      ...input.coverLines,
      ...contentsList(input.contents),
    ],
  };
}

function contentsList(entries: ContentsEntry[]): Paragraph[] {
  if (entries.length === 0) return [];
  return [
    new Paragraph({ text: "Contents", style: "ContentsHeading" }),
    ...entries.map(
      (entry) =>
        new Paragraph({
          style: entry.level === 1 ? "Contents1" : "Contents2",
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: "dot" }],
          children: [
            new InternalHyperlink({ anchor: entry.bookmark, children: [new TextRun(entry.text)] }),
            new TextRun({ children: [new Tab()] }),
            new PageReference(entry.bookmark),
          ],
        }),
    ),
  ];
}

function bodySection(input: WordDocumentInput): ISectionOptions {
  const small = { size: SMALL_SIZE, color: SECONDARY_COLOUR, font: FONT };
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "B1B4B6", space: 4 } },
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
            children: [
              new TextRun({ ...small, text: input.councilName }),
              new TextRun({ ...small, children: [new Tab(), input.title] }),
            ],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new TextRun({ ...small, children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] }),
            ],
          }),
        ],
      }),
    },
    children: input.body,
  };
}

const headingRun = { font: FONT, color: TEXT_COLOUR, bold: true };

const HOUSE_STYLES = {
  default: {
    // UK English on the defaults, so Word spell-checks in it whatever the reader's copy defaults to.
    document: {
      run: { font: FONT, size: BODY_SIZE, color: TEXT_COLOUR, language: { value: "en-GB" } },
      paragraph: { spacing: { after: 120, line: 288 } },
    },
    title: {
      run: { ...headingRun, size: 56 },
      paragraph: { spacing: { before: 240, after: 240 } },
    },
    heading1: {
      run: { ...headingRun, size: 36 },
      paragraph: { spacing: { before: 480, after: 160 }, keepNext: true },
    },
    heading2: {
      run: { ...headingRun, size: 28 },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { ...headingRun, size: 24 },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
    },
    listParagraph: { run: { font: FONT, size: BODY_SIZE } },
    hyperlink: { run: { color: "1D70B8", underline: {} } },
  },
  paragraphStyles: [
    {
      id: "CoverCouncil",
      name: "Cover council",
      basedOn: "Normal",
      run: { font: FONT, size: 32, color: SECONDARY_COLOUR },
      paragraph: { spacing: { before: 2400, after: 240 } },
    },
    {
      id: "CoverSubtitle",
      name: "Cover subtitle",
      basedOn: "Normal",
      run: { font: FONT, size: 28, color: TEXT_COLOUR },
      paragraph: { spacing: { after: 480 } },
    },
    {
      id: "ContentsHeading",
      name: "Contents heading",
      basedOn: "Normal",
      run: { ...headingRun, size: 28 },
      // The contents start on a page of their own, after the cover.
      paragraph: { spacing: { after: 240 }, pageBreakBefore: true },
    },
    {
      id: "Contents1",
      name: "Contents 1",
      basedOn: "Normal",
      run: { bold: true },
      paragraph: { spacing: { before: 120 } },
    },
    {
      id: "Contents2",
      name: "Contents 2",
      basedOn: "Normal",
      paragraph: { indent: { left: 360 }, spacing: { after: 60 } },
    },
  ],
} as const;
