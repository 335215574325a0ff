import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "./spreadsheet-safe";

describe("spreadsheetSafe", () => {
  it("keeps a formula-like cell as text", () => {
    expect(spreadsheetSafe('=HYPERLINK("http://evil.example")')).toBe('\'=HYPERLINK("http://evil.example")');
    expect(spreadsheetSafe("+44 1234")).toBe("'+44 1234");
    expect(spreadsheetSafe("-1")).toBe("'-1");
    expect(spreadsheetSafe("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("leaves ordinary text alone", () => {
    expect(spreadsheetSafe("Hospital discharge team")).toBe("Hospital discharge team");
    expect(spreadsheetSafe("")).toBe("");
  });
});
