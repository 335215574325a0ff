import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { ACTION_BODY_LIMIT_BYTES, refusePagePost } from "./page-post";

const OWN = "http://localhost:3000";
const BOUNDARY = "----form-boundary";

function post(body: BodyInit | null, headers: Record<string, string>) {
  const request = new Request(`${OWN}/evidence/new`, { method: "POST", body });
  const merged = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  if (!merged.has("content-length") && body !== null)
    merged.set("content-length", String(typeof body === "string" ? Buffer.byteLength(body) : 0));
  return new NextRequest(`${OWN}/evidence/new`, {
    method: "POST",
    body: request.body,
    headers: merged,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
}

function multipart(fields: [string, string][], { cut = false } = {}) {
  const parts = fields.map(
    ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return parts.join("") + (cut ? "" : `--${BOUNDARY}--\r\n`);
}

const type = { "content-type": `multipart/form-data; boundary=${BOUNDARY}` };
const own = { origin: OWN, host: "localhost:3000" };
const noJs: [string, string][] = [
  ["$ACTION_REF_1", ""],
  ["$ACTION_1:0", '{"id":"7fd523840ec33474a782677955d93f927b4bcaaa52","bound":"$@1"}'],
  ["$ACTION_1:1", '[{"status":"idle"}]'],
  ["title", "Board minutes"],
];

async function refused(request: NextRequest) {
  return (await refusePagePost(request, OWN))?.status ?? "accepted";
}

describe("a post to a page (a server action)", () => {
  it("is let through when it comes from our pages as a browser sends a form", async () => {
    expect(await refused(post(multipart(noJs), { ...type, ...own }))).toBe("accepted");
    const scripted = multipart([
      ["1_title", "Board minutes"],
      ["0", '["$K1"]'],
    ]);
    expect(await refused(post(scripted, { ...type, ...own, "next-action": "7fd5" }))).toBe("accepted");
    expect(
      await refused(post(multipart(noJs), { ...type, host: "localhost:3000", "sec-fetch-site": "same-origin" })),
    ).toBe("accepted");
  });

  it("is refused without an Origin (unless the browser says same-origin), or with a foreign or malformed one", async () => {
    const forged: Record<string, string>[] = [
      { host: "localhost:3000" },
      { host: "localhost:3000", "sec-fetch-site": "same-site" },
      { origin: "https://attacker.example", host: "localhost:3000" },
      { origin: "null", host: "localhost:3000" },
      { origin: "", host: "localhost:3000" },
      { origin: "garbage", host: "localhost:3000" },
    ];
    for (const headers of forged)
      expect(await refused(post(multipart(noJs), { ...type, ...headers })), JSON.stringify(headers)).toBe(403);
  });

  it("is refused with a 4xx when its body is not a form Next can read", async () => {
    const cases: [string, NextRequest, number][] = [
      ["JSON", post('{"title":"x"}', { ...own, "content-type": "application/json" }), 415],
      ["text", post("garbage", { ...own, "content-type": "text/plain;charset=UTF-8", "next-action": "7fd5" }), 415],
      ["URL-encoded", post("title=x", { ...own, "content-type": "application/x-www-form-urlencoded" }), 415],
      ["no type", post("title=x", { ...own, "content-type": "" }), 415],
      ["multipart without a boundary", post(multipart(noJs), { ...own, "content-type": "multipart/form-data" }), 415],
      ["multipart cut short", post(multipart(noJs, { cut: true }), { ...type, ...own }), 400],
      ["the wrong boundary", post(multipart(noJs).replaceAll(BOUNDARY, "other"), { ...type, ...own }), 400],
      [
        "an action reference that is not JSON",
        post(
          multipart([
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", "{"],
          ]),
          { ...type, ...own },
        ),
        400,
      ],
      [
        "an action reference with nothing behind it",
        post(multipart([["$ACTION_REF_1", ""]]), { ...type, ...own }),
        400,
      ],
      [
        "scripted arguments that are not JSON",
        post(multipart([["0", "[oops"]]), { ...type, ...own, "next-action": "7fd5" }),
        400,
      ],
      [
        "scripted without arguments",
        post(multipart([["title", "x"]]), { ...type, ...own, "next-action": "7fd5" }),
        400,
      ],
      ["no length", post(null, { ...type, ...own }), 411],
      [
        "over the limit",
        post(multipart(noJs), { ...type, ...own, "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }),
        413,
      ],
    ];
    for (const [label, request, status] of cases) expect(await refused(request), label).toBe(status);
  });

  it("answers a refusal with a plain sentence, not a page or a stack", async () => {
    const response = await proxy(post(multipart(noJs), { ...type, host: "localhost:3000" }));
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("This request did not come from this service's own pages.");
  });
});
