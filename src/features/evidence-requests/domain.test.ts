import { describe, expect, it } from "vitest";
import { dueLabel, remindersDue, requestMail } from "./domain";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

describe("remindersDue", () => {
  const request = { status: "open" as const, dueDate: day("2026-12-09"), createdAt: at("2026-11-25"), sent: [] };

  it("owes nothing while the due date is more than three days away", () => {
    expect(remindersDue(request, at("2026-12-05"))).toEqual([]);
  });

  it("owes the before-due reminder from three days before to the day itself, once", () => {
    expect(remindersDue(request, at("2026-12-06"))).toEqual(["due_soon"]);
    expect(remindersDue(request, at("2026-12-09"))).toEqual(["due_soon"]);
    expect(remindersDue({ ...request, sent: ["asked", "due_soon"] }, at("2026-12-08"))).toEqual([]);
  });

  it("owes the overdue reminder from the day after, once", () => {
    expect(remindersDue({ ...request, sent: ["due_soon"] }, at("2026-12-10"))).toEqual(["overdue"]);
    expect(remindersDue({ ...request, sent: ["due_soon", "overdue"] }, at("2026-12-20"))).toEqual([]);
  });

  it("skips the before-due reminder when the request was made inside that window", () => {
    expect(remindersDue({ ...request, createdAt: at("2026-12-07") }, at("2026-12-08"))).toEqual([]);
  });

  it("counts days on a London clock (23:30 UTC in summer is already the next day)", () => {
    const summer = { ...request, dueDate: day("2026-07-01"), createdAt: at("2026-06-01") };
    expect(remindersDue(summer, new Date("2026-07-01T23:30:00Z"))).toEqual(["overdue"]);
  });

  it("owes nothing once the request is answered, declined or withdrawn", () => {
    for (const status of ["answered", "declined", "withdrawn"] as const)
      expect(remindersDue({ ...request, status }, at("2026-12-20"))).toEqual([]);
  });
});

describe("dueLabel", () => {
  it("says how long is left, or how late, in words", () => {
    expect(dueLabel(day("2026-12-09"), at("2026-11-25"))).toEqual({ text: "Due in 14 days", tone: "grey" });
    expect(dueLabel(day("2026-12-09"), at("2026-12-08"))).toEqual({ text: "Due in 1 day", tone: "yellow" });
    expect(dueLabel(day("2026-12-09"), at("2026-12-09"))).toEqual({ text: "Due today", tone: "yellow" });
    expect(dueLabel(day("2026-12-09"), at("2026-12-10"))).toEqual({ text: "1 day overdue", tone: "red" });
  });
});

describe("requestMail", () => {
  const details = {
    assigneeName: "Sam Patel",
    requesterName: "Alex Morgan",
    councilName: "Northmoor County Council",
    target: "7. Safeguarding",
    category: "People's experience",
    dueDate: day("2026-12-09"),
    message: "Feedback from people after a section 42 enquiry, 2025-26.",
    link: "https://readiness.example/requests/1",
  };

  it("gives the facts and the one link to act on", () => {
    const mail = requestMail("asked", details);
    expect(mail.subject).toBe("Evidence request: 7. Safeguarding (due 9 December 2026)");
    expect(mail.text).toContain(
      "Alex Morgan has asked you for evidence for Northmoor County Council's CQC assessment.",
    );
    expect(mail.text).toContain("Kind of evidence: People's experience");
    expect(mail.text).toContain("Feedback from people after a section 42 enquiry");
    expect(mail.text.trim().endsWith("https://readiness.example/requests/1")).toBe(true);
  });

  it("sends someone new to set up their account first", () => {
    const mail = requestMail("asked", { ...details, invitationLink: "https://readiness.example/invitations/abc" });
    expect(mail.text.indexOf("/invitations/abc")).toBeLessThan(mail.text.indexOf("/requests/1"));
  });

  it("words reminders by when they are sent", () => {
    expect(requestMail("due_soon", details).subject).toBe(
      "Reminder: evidence for 7. Safeguarding is due on 9 December 2026",
    );
    expect(requestMail("overdue", details).subject).toBe(
      "Overdue: evidence for 7. Safeguarding was due on 9 December 2026",
    );
    expect(requestMail("overdue", details).text).toContain("you can decline the request and say why");
  });
});
