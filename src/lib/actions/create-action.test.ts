import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { logger } from "@/lib/logger";
import { createPublicAction } from "./create-action";
import { actionNameOf } from "./registry";
import { idle } from "./result";

describe("the action pipeline's failure log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("names the action that failed, beside the reference the user is shown", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const action = createPublicAction({
      name: "brokenAction",
      reason: "a test of the pipeline",
      schema: z.object({}),
      async handler() {
        throw new Error("the disk is on fire");
      },
    });

    const result = await action(idle, new FormData());

    expect(result.status).toBe("error");
    expect(error).toHaveBeenCalledTimes(1);
    const [fields, message] = error.mock.calls[0] as unknown as [{ action: string; errorId: string }, string];
    expect(fields.action).toBe("brokenAction");
    expect(message).toContain("brokenAction");
    expect(result.status === "error" && result.formError).toContain(fields.errorId);
    expect(actionNameOf(action)).toBe("brokenAction");
  });
});
