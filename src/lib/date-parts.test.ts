import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/form-data";
import { joinDateParts, splitDateParts } from "./date-parts";

describe("a date typed as day, month and year", () => {
  it("becomes an ISO date, with or without leading zeros and spaces", () => {
    expect(joinDateParts("31", "3", "2027")).toBe("2027-03-31");
    expect(joinDateParts(" 04 ", "07", "2026 ")).toBe("2026-07-04");
    expect(joinDateParts("", "", "")).toBe("");
  });

  it("is kept as typed when it is not one, so the field's message shows and the parts come back", () => {
    for (const [day, month, year] of [
      ["31", "3", ""],
      ["first", "3", "2027"],
      ["31", "March", "2027"],
      ["31", "3", "27"],
      ["-1", "3", "2027"],
    ] as const) {
      const joined = joinDateParts(day, month, year);
      expect(joined).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(splitDateParts(joined)).toEqual({ day, month, year });
    }
  });

  it("shows a stored date in the three fields without leading zeros", () => {
    expect(splitDateParts("2027-03-05")).toEqual({ day: "5", month: "3", year: "2027" });
    expect(splitDateParts("")).toEqual({ day: "", month: "", year: "" });
  });

  it("reaches the schema as one field: a submitted form's trio is joined, other fields untouched", () => {
    const form = new FormData();
    form.set("dueDate-day", "9");
    form.set("dueDate-month", "12");
    form.set("dueDate-year", "2026");
    form.set("title", "Refresh the carers' offer");
    form.set("reviewBy-day", "");
    form.set("reviewBy-month", "");
    form.set("reviewBy-year", "");
    // A lone "-day" field with no month or year is not a date input's.
    form.set("holiday-day", "Friday");
    expect(formDataToObject(form)).toEqual({
      dueDate: "2026-12-09",
      title: "Refresh the carers' offer",
      reviewBy: "",
      "holiday-day": "Friday",
    });
  });
});
