import { describe, expect, it } from "vitest";
import { entryEditor, mayConvertEntry, mayEditEntry } from "./policy";

const author = "0199a000-0000-7000-8000-00000000000a";
const open = { authorId: author, evidenceItemId: null };
const converted = { authorId: author, evidenceItemId: "0199a000-0000-7000-8000-00000000000e" };

describe("who may change an entry", () => {
  it("is its author or a readiness lead, until it is in the evidence library", () => {
    expect(mayEditEntry(entryEditor(author, { role: "team_manager", active: true }), open)).toBe(true);
    expect(mayEditEntry(entryEditor("someone-else", { role: "readiness_lead", active: true }), open)).toBe(true);
    expect(mayEditEntry(entryEditor("someone-else", { role: "contributor", active: true }), open)).toBe(false);
    expect(mayEditEntry(entryEditor("someone-else", { role: "director", active: true }), open)).toBe(false);
    expect(mayEditEntry(entryEditor(author, { role: "team_manager", active: true }), converted)).toBe(false);
    expect(mayEditEntry(entryEditor("someone-else", { role: "readiness_lead", active: true }), converted)).toBe(false);
  });
});

describe("who is offered to add an entry to the evidence library", () => {
  it("is the readiness team, for an entry not yet in it", () => {
    expect(mayConvertEntry({ role: "contributor", active: true }, open)).toBe(true);
    expect(mayConvertEntry({ role: "readiness_lead", active: true }, open)).toBe(true);
    expect(mayConvertEntry({ role: "team_manager", active: true }, open)).toBe(false);
    expect(mayConvertEntry({ role: "director", active: true }, open)).toBe(false);
    expect(mayConvertEntry({ role: "contributor", active: true }, converted)).toBe(false);
  });
});
