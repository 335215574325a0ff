import { describe, expect, it } from "vitest";
import { attachmentHeader, sanitiseFileName } from "./file-name";

describe("uploaded file names", () => {
  it("lose any path, including attempts to climb out of a folder", () => {
    expect(sanitiseFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitiseFileName("C:\\Users\\me\\report.pdf")).toBe("report.pdf");
    expect(sanitiseFileName("..")).toBe("file");
    expect(sanitiseFileName(".hidden.pdf")).toBe("hidden.pdf");
  });

  it("lose control and reserved characters but keep ordinary text and accents", () => {
    expect(sanitiseFileName('Board\u0000 "report"\n<final>.docx')).toBe("Board report final.docx");
    expect(sanitiseFileName("Café plan 2026.xlsx")).toBe("Café plan 2026.xlsx");
  });

  it("lose characters that change the reading direction or hide, and C1 controls", () => {
    expect(sanitiseFileName("report\u202Etxt.exe")).toBe("reporttxt.exe");
    expect(sanitiseFileName("\u2067minutes\u2069\u200F.pdf")).toBe("minutes.pdf");
    expect(sanitiseFileName("plan\u0085\u009b 2026\ufeff.docx")).toBe("plan 2026.docx");
    expect(sanitiseFileName("café – ñ.txt")).toBe("café – ñ.txt");
    expect(sanitiseFileName("👩‍👩‍👧 family.txt")).toBe("👩‍👩‍👧 family.txt");
  });

  it("are shortened to 150 characters keeping the extension", () => {
    const long = `${"a".repeat(300)}.pdf`;
    expect(sanitiseFileName(long)).toHaveLength(150);
    expect(sanitiseFileName(long).endsWith(".pdf")).toBe(true);
  });

  it("are offered back as an attachment, with a UTF-8 name", () => {
    expect(attachmentHeader("Café plan.xlsx")).toBe(
      `attachment; filename="Caf_ plan.xlsx"; filename*=UTF-8''Caf%C3%A9%20plan.xlsx`,
    );
  });
});
