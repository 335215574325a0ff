import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acceptedExtensionOf, detectAcceptedType } from "./file-type";

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0,
]);

describe("accepting files by their content", () => {
  it("recognises a PDF by its signature, whatever it is called", async () => {
    expect(await detectAcceptedType(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "report.bin")).toEqual({
      contentType: "application/pdf",
      extension: "pdf",
    });
  });

  it("refuses a file renamed to look like a PDF", async () => {
    expect(await detectAcceptedType(bytes("MZ\u0090\u0000 this is a program"), "report.pdf")).toBeNull();
    expect(await detectAcceptedType(bytes("just some text"), "report.pdf")).toBeNull();
  });

  it("accepts OpenDocument text saved by LibreOffice", async () => {
    const odt = await readFile(path.join(import.meta.dirname, "../text-extraction/fixtures/carers-strategy.odt"));
    expect(await detectAcceptedType(odt.subarray(0, 4100), "strategy.odt")).toEqual({
      contentType: "application/vnd.oasis.opendocument.text",
      extension: "odt",
    });
  });

  it("accepts images", async () => {
    expect(await detectAcceptedType(PNG, "chart.png")).toMatchObject({ contentType: "image/png" });
  });

  it("accepts CSV and text only when the content is text", async () => {
    expect(await detectAcceptedType(bytes("id,name\n1,Carers hub\n"), "register.csv")).toEqual({
      contentType: "text/csv",
      extension: "csv",
    });
    expect(await detectAcceptedType(new Uint8Array([0x41, 0x00, 0x42, 0xff, 0xfe]), "register.csv")).toBeNull();
    expect(
      await detectAcceptedType(bytes("From: a@b.example\nSubject: evidence\n\nBody"), "message.eml"),
    ).toMatchObject({ contentType: "message/rfc822" });
  });

  it("refuses archives and programs", async () => {
    expect(await detectAcceptedType(new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]), "data.csv")).toBeNull();
  });

  it("names the format of a stored content type, so the text reader knows what it has", () => {
    expect(acceptedExtensionOf("application/pdf")).toBe("pdf");
    expect(acceptedExtensionOf("application/vnd.oasis.opendocument.text")).toBe("odt");
    expect(acceptedExtensionOf("message/rfc822")).toBe("eml");
    expect(acceptedExtensionOf("application/x-msdownload")).toBeNull();
  });
});
