import { describe, expect, it } from "vitest";
import { invitationMail } from "./domain";

describe("invitationMail", () => {
  it("says who invited them to what, as which role, with the link and when it expires", () => {
    const mail = invitationMail({
      name: "Dana Director",
      councilName: "Eastvale Borough Council",
      role: "director",
      link: "https://readiness.example/invitations/abc",
      expiresAt: new Date("2026-12-02T10:00:00Z"),
    });
    expect(mail.subject).toBe("You are invited to Eastvale Borough Council's CQC readiness workspace");
    expect(mail.text).toContain("Dear Dana Director,");
    expect(mail.text).toContain("as director.");
    expect(mail.text).toContain("expires on 2 December 2026");
    expect(mail.text).toContain("https://readiness.example/invitations/abc");
  });
});
