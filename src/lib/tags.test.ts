import { describe, expect, it } from "vitest";
import { tagFilterSchema, tagsSchema } from "./tags";

const parse = (value: unknown) => tagsSchema.safeParse(value);

describe("tags", () => {
  it("are read from comma-separated text, trimmed, blanks dropped, once each whatever their capitals", () => {
    expect(parse(" Unpaid carers, transitions,, unpaid CARERS ,").data).toEqual(["Unpaid carers", "transitions"]);
    expect(parse(["Carers", "carers", " Hospital discharge "]).data).toEqual(["Carers", "Hospital discharge"]);
    expect(parse("").data).toEqual([]);
    expect(parse(undefined).data).toEqual([]);
  });

  it("refuse a tag over 50 characters and more than 20 different tags, saying which", () => {
    expect(parse("a".repeat(51)).error?.issues[0]?.message).toBe("Keep each tag under 50 characters");
    expect(parse("a".repeat(50)).success).toBe(true);
    const many = Array.from({ length: 21 }, (_, index) => `tag ${index}`).join(",");
    expect(parse(many).error?.issues[0]?.message).toBe("Use at most 20 tags");
    // Twenty-one spellings of one tag are one tag.
    expect(parse(Array.from({ length: 21 }, (_, index) => (index % 2 ? "Carers" : "carers")).join(",")).data).toEqual([
      "carers",
    ]);
  });

  it("ignore a filter they cannot use rather than refuse the page", () => {
    expect(tagFilterSchema.parse(" carers ")).toBe("carers");
    expect(tagFilterSchema.parse("x".repeat(51))).toBeUndefined();
    expect(tagFilterSchema.parse(["a", "b"])).toBeUndefined();
  });
});
