import "server-only";
import { randomUUID } from "node:crypto";
import { createRoute } from "@/lib/http/route";
import { isUuid } from "@/lib/ids";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { forgetInput, keepInput } from "@/lib/http/kept-input";
import { configuredStorage } from "@/lib/storage/configured";
import { receiveSingleFile, UploadRefused } from "@/lib/uploads/receive";
import { getRequest } from "./data";
import { answerRequest } from "./mutations";
import { mayAnswerRequest, maySeeRequest, requestViewer } from "./policy";
import { answerFieldsSchema } from "./schema";

type Context = { params: Promise<{ id: string }> };

/**
 * Answer a request with a file: a plain multipart form (works without JavaScript) with a title, a
 * note, the personal-data box and the file, streamed to storage and recorded in one transaction.
 * On a problem the person lands back on the request with what they typed and a message.
 */
export const uploadRequestAnswer = createRoute(
  "evidence-request:respond",
  async (request, context: Context, { scope, actor, member }) => {
    const { id } = await context.params;
    const viewer = requestViewer(actor.userId, member);
    const found = isUuid(id) ? await getRequest(scope, id) : null;
    if (!found || !maySeeRequest(viewer, found)) return new Response("Not found", { status: 404 });
    const page = `/requests/${id}`;
    // What was typed goes back in cookies for that page, never in the address (lib/http/kept-input).
    const back = (query: Record<string, string>, cookies: string[] = []) => {
      const headers = new Headers({
        location: new URL(`${page}?${new URLSearchParams(query)}`, env().APP_URL).toString(),
      });
      for (const cookie of cookies) headers.append("set-cookie", cookie);
      return new Response(null, { status: 303, headers });
    };
    if (!mayAnswerRequest(viewer, found)) return back({ "answer-error": "closed" });

    const storage = configuredStorage();
    const storageKey = `evidence/${member.workspaceId}/${randomUUID()}`;
    const keep = (fields: Record<string, string>) =>
      keepInput(page, {
        title: (fields.title ?? "").slice(0, 200),
        note: (fields.note ?? "").slice(0, 1000),
        containsPersonalData: fields.containsPersonalData === "yes" ? "yes" : "",
      });
    let received;
    try {
      received = await receiveSingleFile(request, {
        storage,
        key: storageKey,
        maxBytes: env().UPLOAD_MAX_MB * 1024 * 1024,
      });
    } catch (error) {
      if (error instanceof UploadRefused) return back({ "answer-error": error.reason }, keep(error.fields));
      throw error;
    }
    try {
      const fields = answerFieldsSchema.safeParse(received.fields);
      if (!fields.success) {
        await storage.remove(storageKey).catch(() => undefined);
        return back({ "answer-error": "title" }, keep(received.fields));
      }
      await answerRequest(scope, actor, { requestId: id, fields: fields.data, file: { storageKey, ...received } });
      return back({ saved: "answered" }, forgetInput(page, ["title", "note", "containsPersonalData"]));
    } catch (error) {
      // Nothing was recorded: the stored object must not stay behind.
      await storage.remove(storageKey).catch(() => undefined);
      if (isAppError(error) && (error.code === "conflict" || error.code === "forbidden"))
        return back({ "answer-error": "closed" });
      throw error;
    }
  },
);
