// Journey: a planner opens Semáforo for the first time.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { appUrl, launchBrowser } from "./browser.mjs";

let browser;
let app;

before(async () => {
  app = await appUrl();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

test("first visit shows the app, the example plan (or why it cannot be read), and stays local", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();

  const requests = [];
  const pageErrors = [];
  const consoleErrors = [];
  context.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });

  const response = await page.goto(app.url, { waitUntil: "load" });
  assert.equal(response.status(), 200);

  await page.getByRole("heading", { level: 1, name: "Semáforo" }).waitFor({ timeout: 15_000 });

  // The built-in example either renders its objectives or a Spanish reason it could not load.
  const objectives = page.locator("ul.objective-list");
  const alert = page.getByRole("alert");
  await objectives.or(alert).first().waitFor({ timeout: 15_000 });
  if (await alert.count()) {
    const text = await alert.innerText();
    assert.match(text, /No se pudo leer el plan/);
  } else {
    assert.ok((await objectives.locator("li").count()) > 0, "the objective list is empty");
  }

  // Let anything lazy fire, then check every request stayed on this machine.
  await page.waitForLoadState("networkidle");
  const foreign = requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(protocol === "data:" || protocol === "blob:" || hostname === "127.0.0.1");
  });
  assert.deepEqual(foreign, [], `requests left 127.0.0.1: ${foreign.join(", ")}`);
  assert.ok(requests.some((url) => url.endsWith(".wasm")), "the wasm bundle was not requested");

  assert.deepEqual(pageErrors, [], "uncaught errors in the page");
  assert.deepEqual(consoleErrors, [], "errors in the browser console");

  await context.close();
});
