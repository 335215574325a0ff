import { beforeEach, describe, expect, it, vi } from "vitest";
import { decodeNotice, encodeNotice } from "./flash";

beforeEach(() => {
  vi.stubEnv("DATABASE_URL", "postgresql://localhost/unused");
  vi.stubEnv("AUTH_SECRET", "a".repeat(32));
});

describe("the flash cookie", () => {
  it("gives back the notice it was written with", () => {
    const notice = { message: "Changes saved.", link: { href: "/evidence/1", text: "Open it", after: "." } };
    expect(decodeNotice(encodeNotice(notice, "n1"))).toEqual({ ...notice, id: "n1" });
  });

  it("shows nothing that this service did not sign: words put in someone's browser stay off its pages", () => {
    const [payload, signature] = encodeNotice({ message: "Changes saved." }).split(".");
    const forged = Buffer.from(JSON.stringify({ id: "x", message: "Call 0800 to keep your account" })).toString(
      "base64url",
    );
    expect(decodeNotice(`${forged}.${signature}`)).toBeNull();
    expect(decodeNotice(payload)).toBeNull();
    expect(decodeNotice(`${payload}.${signature}.extra`)).toBeNull();
    vi.stubEnv("AUTH_SECRET", "b".repeat(32));
    expect(decodeNotice(`${payload}.${signature}`)).toBeNull();
  });

  it("refuses a signed notice whose link leaves the service", () => {
    expect(
      decodeNotice(encodeNotice({ message: "Saved.", link: { href: "https://evil.example", text: "Open" } })),
    ).toBeNull();
  });
});
