import { describe, expect, it } from "vitest";
import { londonInstant } from "@/lib/calendar";
import {
  dueInWords,
  findClashes,
  matchStatements,
  overlaps,
  parseParticipants,
  parseScheduleDate,
  splitClashes,
  parseScheduleTime,
  type ClashSession,
} from "./domain";
import { checkVisitImportRows } from "./schema";

const at = (time: string, day = "2026-03-03") => londonInstant(day, time);
const asha = { id: "p1", name: "Asha Patel", jobTitle: "Team manager", briefedAt: new Date() };
const sam = { id: "p2", name: "Sam Ade", jobTitle: "", briefedAt: new Date() };
/** Before every session in these tests. */
const beforeAll = new Date("2026-01-01T00:00:00Z");

function session(
  id: string,
  title: string,
  start: string,
  end: string,
  fields: Partial<ClashSession> = {},
): ClashSession {
  return { id, title, startsAt: at(start), endsAt: at(end), place: "", participants: [], ...fields };
}

describe("overlaps", () => {
  it("treats back-to-back sessions as not overlapping, and a minute's overlap as overlapping", () => {
    expect(
      overlaps({ startsAt: at("09:00"), endsAt: at("10:00") }, { startsAt: at("10:00"), endsAt: at("11:00") }),
    ).toBe(false);
    expect(
      overlaps({ startsAt: at("09:00"), endsAt: at("10:01") }, { startsAt: at("10:00"), endsAt: at("11:00") }),
    ).toBe(true);
    expect(
      overlaps({ startsAt: at("09:00"), endsAt: at("12:00") }, { startsAt: at("10:00"), endsAt: at("11:00") }),
    ).toBe(true);
  });
});

describe("findClashes", () => {
  it("says in words when a person is in two sessions at once, at the later start on a London clock", () => {
    const clashes = findClashes(
      [
        session("a", "Carers focus group", "09:30", "11:00", { participants: [asha] }),
        session("b", "Safeguarding interview", "10:00", "11:00", { participants: [asha, sam] }),
      ],
      beforeAll,
    );
    expect(clashes).toEqual([
      {
        kind: "participant",
        participantId: "p1",
        sessionIds: ["a", "b"],
        message:
          "Asha Patel (Team manager) is in 'Carers focus group' and 'Safeguarding interview' at 10:00 on 3 March",
      },
    ]);
  });

  it("does not flag back-to-back sessions or the same person on different days", () => {
    expect(
      findClashes(
        [
          session("a", "One", "09:00", "10:00", { participants: [asha], place: "Room 1" }),
          session("b", "Two", "10:00", "11:00", { participants: [asha], place: "Room 1" }),
          {
            ...session("c", "Three", "09:00", "10:00", { participants: [asha], place: "Room 1" }),
            startsAt: at("09:00", "2026-03-04"),
            endsAt: at("10:00", "2026-03-04"),
          },
        ],
        beforeAll,
      ),
    ).toEqual([]);
  });

  it("compares rooms ignoring case and spaces, and ignores sessions with no room", () => {
    const clashes = findClashes(
      [
        session("a", "One", "09:00", "10:00", { place: "Room 2" }),
        session("b", "Two", "09:30", "10:30", { place: " room  2" }),
        session("c", "Three", "09:00", "10:00", { place: "" }),
        session("d", "Four", "09:00", "10:00", { place: "  " }),
      ],
      beforeAll,
    );
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({
      kind: "place",
      sessionIds: ["a", "b"],
      message: "Room 2 is booked for 'One' and 'Two' at 09:30 on 3 March",
    });
  });

  it("lists anyone not briefed for a session they are in, after the double bookings", () => {
    const clashes = findClashes(
      [
        session("a", "One", "09:00", "10:00", { participants: [{ ...sam, briefedAt: null }, asha] }),
        session("b", "Two", "09:30", "10:30", { participants: [asha] }),
      ],
      beforeAll,
    );
    expect(clashes.map((clash) => clash.kind)).toEqual(["participant", "unbriefed"]);
    expect(clashes[1]!.message).toBe("Sam Ade has not been briefed for 'One' at 09:00 on 3 March");
  });

  it("stops asking for a briefing once the session is over, but not while it is under way", () => {
    const unbriefed = [{ ...sam, briefedAt: null }];
    const sessions = [
      session("a", "Morning", "09:00", "10:00", { participants: unbriefed }),
      session("b", "Late morning", "10:30", "12:00", { participants: unbriefed }),
    ];
    expect(findClashes(sessions, at("11:00")).map((clash) => clash.sessionIds)).toEqual([["b"]]);
    expect(findClashes(sessions, at("12:00"))).toEqual([]);
  });

  it("reads times in summer on a London clock", () => {
    const summer = {
      id: "s",
      title: "Summer",
      startsAt: londonInstant("2026-07-01", "09:30"),
      endsAt: londonInstant("2026-07-01", "10:30"),
      place: "",
      participants: [{ ...asha, briefedAt: null }],
    };
    expect(findClashes([summer], beforeAll)[0]!.message).toContain("at 09:30 on 1 July");
  });
});

describe("the schedule import", () => {
  it("reads UK and ISO dates, refusing dates that do not exist", () => {
    expect(parseScheduleDate("3/3/2026")).toBe("2026-03-03");
    expect(parseScheduleDate("2026-03-03")).toBe("2026-03-03");
    expect(parseScheduleDate("31/02/2026")).toBeNull();
    expect(parseScheduleDate("March 3")).toBeNull();
  });

  it("reads times as people type them", () => {
    expect(parseScheduleTime("9:30")).toBe("09:30");
    expect(parseScheduleTime("14.05")).toBe("14:05");
    expect(parseScheduleTime("2pm")).toBe("14:00");
    expect(parseScheduleTime("12:15am")).toBe("00:15");
    expect(parseScheduleTime("25:00")).toBeNull();
    expect(parseScheduleTime("9")).toBeNull();
  });

  it("reads participants with and without a group, keeping commas in job titles", () => {
    expect(
      parseParticipants(
        "Asha Patel (Team manager, leader); Sam Ade (Carer, person with lived experience); Jo Bloggs; Kim Lee (Head of service, adults)",
      ),
    ).toEqual({
      participants: [
        { name: "Asha Patel", jobTitle: "Team manager", group: "leader" },
        { name: "Sam Ade", jobTitle: "Carer", group: "lived_experience" },
        { name: "Jo Bloggs", jobTitle: "", group: "staff" },
        { name: "Kim Lee", jobTitle: "Head of service, adults", group: "staff" },
      ],
      errors: [],
    });
    expect(parseParticipants("Asha (Team (manager)").errors).toHaveLength(1);
  });

  it("reads a group given alone or in the plural, so partners are never listed as staff", () => {
    expect(
      parseParticipants("Jo Bloggs (partner); Ravi Shah (Chief officer, Age UK, partners); Cllr Amy Roe (councillor)")
        .participants,
    ).toEqual([
      { name: "Jo Bloggs", jobTitle: "", group: "partner" },
      { name: "Ravi Shah", jobTitle: "Chief officer, Age UK", group: "partner" },
      { name: "Cllr Amy Roe", jobTitle: "", group: "elected_member" },
    ]);
  });

  it("keeps double bookings apart from people not yet briefed", () => {
    const clashes = findClashes(
      [
        {
          id: "a",
          title: "Safeguarding",
          startsAt: at("10:00"),
          endsAt: at("11:00"),
          place: "Room 1",
          participants: [asha],
        },
        {
          id: "b",
          title: "Carers",
          startsAt: at("10:30"),
          endsAt: at("11:30"),
          place: "Room 2",
          participants: [asha, { ...sam, briefedAt: null }],
        },
      ],
      beforeAll,
    );
    const { doubleBookings, notBriefed } = splitClashes(clashes);
    expect(doubleBookings.map((clash) => clash.kind)).toEqual(["participant"]);
    expect(notBriefed.map((clash) => clash.message)).toEqual([
      "Sam Ade has not been briefed for 'Carers' at 10:30 on 3 March",
    ]);
  });

  it("matches quality statements by name or key, and names the ones it cannot find", () => {
    const statements = [{ key: "safeguarding", name: "Safeguarding", number: 6 }];
    expect(matchStatements("safeguarding; SAFEGUARDING", statements)).toEqual({ keys: ["safeguarding"], errors: [] });
    expect(matchStatements("Safe guard", statements).errors[0]).toContain('"Safe guard" is not a quality statement');
  });

  it("checks each row, reporting every problem on its line and never doubling a session", () => {
    const statements = [{ key: "safeguarding", name: "Safeguarding", number: 6 }];
    const good = {
      Date: "03/03/2026",
      Start: "09:30",
      End: "10:30",
      Title: "Safeguarding interview",
      Kind: "Interview",
      Place: "Room 1",
      "Quality statements": "Safeguarding",
      Participants: "Asha Patel (Team manager)",
    };
    const rows = checkVisitImportRows(
      [
        good,
        { ...good, Title: "Carers group", Start: "11:00", End: "10:00", Kind: "Chat" },
        good,
        { ...good, Title: "Already there", Start: "14:00", End: "15:00" },
      ],
      statements,
      new Set(["already there|2026-03-03|14:00"]),
    );
    expect(rows[0]).toMatchObject({
      line: 2,
      errors: [],
      alreadyRecorded: false,
      input: { day: "2026-03-03", startTime: "09:30", kind: "interview", statementKeys: ["safeguarding"] },
    });
    expect(rows[1]!.input).toBeNull();
    expect(rows[1]!.errors).toEqual(
      expect.arrayContaining([
        "Kind must be interview, focus group, observation or other",
        "The end time must be after the start time",
      ]),
    );
    expect(rows[2]!.errors[0]).toContain("also on line 2");
    expect(rows[3]).toMatchObject({ errors: [], alreadyRecorded: true });
  });
});

describe("dueInWords", () => {
  const today = new Date("2026-03-05T00:00:00Z");
  it("flags open requests past their due date, and never settled ones", () => {
    expect(dueInWords(new Date("2026-03-03T00:00:00Z"), today, "open")).toEqual({
      text: "Overdue by 2 days",
      overdue: true,
    });
    expect(dueInWords(new Date("2026-03-05T00:00:00Z"), today, "open")).toEqual({ text: "Due today", overdue: false });
    expect(dueInWords(new Date("2026-03-06T00:00:00Z"), today, "open")).toEqual({
      text: "Due in 1 day",
      overdue: false,
    });
    expect(dueInWords(new Date("2026-03-03T00:00:00Z"), today, "sent")).toEqual({ text: "Sent", overdue: false });
  });
});
