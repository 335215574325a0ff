import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext, Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";

/**
 * Cross-site request forgery, over real HTTP against the production build: a post that carries a
 * signed-in officer's cookie but comes from another site must change nothing, whether it targets
 * a server action (src/proxy.ts) or a route handler (createRoute), both by isSameOrigin. Each
 * forged post is followed by the same post from our own origin, which does take effect, so a
 * broken setup cannot pass for a safe one.
 */
test.describe.configure({ mode: "serial" });

const ATTACKER = "https://attacker.example";
const REFUSED = "This request did not come from this service's own pages.";

let workspaceId = "";
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Northfold Borough Council")).id;
});

const itemsTitled = (title: string) => db.evidenceItem.count({ where: { workspaceId, title } });
const filesOf = (itemId: string) => db.evidenceFile.count({ where: { itemId } });

async function fillEvidenceForm(page: Page, title: string) {
  await page.goto("/evidence/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: "Document" }).check();
  await page.getByRole("checkbox", { name: "7. Safeguarding" }).check();
  await page.getByRole("checkbox", { name: "Processes" }).check();
}

async function addEvidence(context: BrowserContext, title: string): Promise<string> {
  const page = await context.newPage();
  await fillEvidenceForm(page, title);
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("Evidence added.")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await page.close();
  return id;
}

test("a server action posted with the officer's cookie from another site adds nothing", async ({
  browser,
  baseURL,
}) => {
  // Without scripts the form is a plain multipart post to the page: the shape a forged form takes.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(context, workspaceId, "contributor");
  const page = await context.newPage();
  const title = "Forged: safeguarding adults board minutes";
  await fillEvidenceForm(page, title);

  // The browser's own submission is held back (Chromium does not let a route rewrite Origin), and
  // its exact fields are then posted over HTTP with the officer's cookie.
  let captured: { url: string; body: Buffer; contentType: string } | undefined;
  await page.route("**/evidence/new", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { url: request.url(), body: request.postDataBuffer()!, contentType: request.headers()["content-type"]! };
    await route.abort();
  });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect.poll(() => captured?.contentType).toMatch(/^multipart\/form-data/);
  await page.unroute("**/evidence/new");
  expect(await itemsTitled(title)).toBe(0);

  // Another site's Origin, or none at all (Next itself runs an action posted without one): refused
  // before the action runs, by the same rule as route handlers.
  const replay = (headers: Record<string, string>) =>
    context.request.post(captured!.url, {
      headers: { "content-type": captured!.contentType, ...headers },
      data: captured!.body,
      maxRedirects: 0,
    });
  const forgeries: Record<string, string>[] = [
    { origin: ATTACKER },
    {},
    { "sec-fetch-site": "same-site" },
    { origin: "null" },
    { origin: "not a url" },
  ];
  for (const headers of forgeries) {
    const forged = await replay(headers);
    expect(forged.status(), JSON.stringify(headers)).toBe(403);
    expect(await forged.text(), JSON.stringify(headers)).toBe(REFUSED);
    expect(await itemsTitled(title)).toBe(0);
  }

  // Control: the very same post from our own origin is accepted and adds the item.
  const genuine = await replay({ origin: new URL(baseURL!).origin });
  expect(genuine.status()).toBeLessThan(400);
  expect(await itemsTitled(title)).toBe(1);
  await context.close();
});

test("a file upload posted with the officer's cookie from another site is refused and adds no file", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const id = await addEvidence(context, "Annual safeguarding report");
  const pdf = Buffer.concat([
    Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"),
    Buffer.alloc(2_000, "x"),
    Buffer.from("\n%%EOF\n"),
  ]);
  const upload = (headers: Record<string, string>) =>
    context.request.post(`/api/uploads/evidence/${id}`, {
      headers,
      multipart: { file: { name: "report.pdf", mimeType: "application/pdf", buffer: pdf } },
      maxRedirects: 0,
    });

  const forgeries: Record<string, string>[] = [{ origin: ATTACKER }, { "sec-fetch-site": "cross-site" }, {}];
  for (const headers of forgeries) {
    const forged = await upload(headers);
    expect(forged.status(), JSON.stringify(headers)).toBe(403);
    expect(await forged.text()).toBe(REFUSED);
  }
  expect(await filesOf(id)).toBe(0);

  const genuine = await upload({ origin: new URL(baseURL!).origin });
  expect(genuine.status()).toBe(303);
  expect(genuine.headers()["location"]).toContain("uploaded=1");
  expect(await filesOf(id)).toBe(1);
  await context.close();
});

test("a page on another site that submits a form in the signed-in browser changes nothing", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "contributor");
  const page = await context.newPage();
  const title = "Forged from another site";
  await fillEvidenceForm(page, title);
  // The real form's fields (hidden action fields included), as an attacker would copy them.
  const fields = await page
    .locator("form", { has: page.getByRole("button", { name: "Add evidence" }) })
    .evaluate((form: HTMLFormElement) =>
      [...new FormData(form).entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
  const action = new URL("/evidence/new", baseURL).toString();
  const attack = (target: string) =>
    `<!doctype html><html lang="en"><title>Prize draw</title><form method="post" enctype="multipart/form-data" action="${target}">` +
    fields.map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`).join("") +
    `</form><script>document.forms[0].submit()</script></html>`;

  // 127.0.0.1 is another site from localhost: the Lax cookie stays behind and Origin is foreign.
  const server = await serve(() => attack(action));
  try {
    const landed = page.waitForResponse(
      (candidate) => candidate.request().method() === "POST" && candidate.url() === action,
    );
    await page.goto(server.url);
    const response = await landed;
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(await itemsTitled(title)).toBe(0);

    // Control: the same fields submitted from our own page do add the item.
    await page.goto("/evidence/new");
    await page.getByRole("button", { name: "Add evidence" }).waitFor();
    await page.evaluate(
      (html) => {
        document.open();
        document.write(html);
        document.close();
      },
      attack(action).replace("<script>document.forms[0].submit()</script>", ""),
    );
    await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === "POST"),
      page.locator("form").evaluate((form: HTMLFormElement) => form.submit()),
    ]);
    await expect.poll(() => itemsTitled(title)).toBe(1);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  await context.close();
});

function escape(value: string) {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

async function serve(page: () => string): Promise<Server & { url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(page());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return Object.assign(server, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
}
