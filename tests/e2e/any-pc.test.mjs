// Journeys of the "any municipal PC" promise: the built site copied unchanged to a folder of an
// intranet server, working with the network off after the first visit, offering (never forcing)
// a new version, running no injected inline script, and saying so when the browser has no
// WebAssembly.
//
// Each test serves its own copy of dist/ ($SEMAFORO_DIST) under a sub-path, so changing a file
// for the "new version" test never touches what the other tests see.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/static-server.mjs";
import { launchBrowser } from "./browser.mjs";
import { ILO, expectText, goTo, institution, meetOei02, openEveryLazyScreen, watchPage } from "./journey.mjs";

const DIST = process.env.SEMAFORO_DIST || fileURLToPath(new URL("../../dist", import.meta.url));
const FOLDER = "/intranet/semaforo/";

const shared = { browser: null, copies: [] };
before(async () => {
  shared.browser = await launchBrowser();
});
after(async () => {
  await shared.browser?.close();
  for (const { server, dir } of shared.copies) {
    await new Promise((ok) => server.close(ok));
    await rm(dir, { recursive: true, force: true });
  }
});

/** A copy of the built site served from FOLDER; returns its URL and folder. */
async function hostedCopy() {
  const dir = await mkdtemp(join(tmpdir(), "semaforo-sitio-"));
  await cp(DIST, dir, { recursive: true });
  const { server, url } = await startServer(dir, 0, FOLDER);
  shared.copies.push({ server, dir });
  return { url, dir };
}

/** A profile that lets the page install its service worker, with its errors watched. */
async function profile() {
  const context = await shared.browser.newContext({ acceptDownloads: true, locale: "es-PE", serviceWorkers: "allow" });
  const page = await context.newPage();
  const watch = { pageErrors: [], consoleErrors: [] };
  watchPage(page, watch);
  return { context, page, watch };
}

/** From *Informe*: the workbook (made by the export worker) and the plan file, as downloads. */
async function exportWorkbookAndPlan(page) {
  await goTo(page, "Informe");
  const [xlsx] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: "Descargar Excel (.xlsx)" }).click(),
  ]);
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Guardar el plan en un archivo", exact: true }).first().click(),
  ]);
  assert.equal(json.suggestedFilename(), ILO.exportName);
}

/** Waits until the service worker has the page in hand (the site is then kept for offline). */
async function offlineReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    }
  });
}

test("served from a folder of an intranet server, the site works unchanged and fetches nothing outside it", { timeout: 120_000 }, async () => {
  const { url } = await hostedCopy();
  assert.ok(url.endsWith(FOLDER), url);
  const { context, page, watch } = await profile();
  const requests = [];
  const byPage = [];
  context.on("request", (r) => {
    requests.push(new URL(r.url()));
    // The service worker's copy of the site also takes the files kept at fixed addresses.
    if (!r.serviceWorker()) byPage.push(new URL(r.url()));
  });
  await page.goto(url, { waitUntil: "load" });
  await expectText(institution(page), ILO.institution, { timeout: 20_000 });
  await meetOei02(page);
  // The workbook: the export worker, hashed names and all, comes from the same folder.
  await goTo(page, "Informe");
  const [xlsx] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: "Descargar Excel (.xlsx)" }).click(),
  ]);
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  await page.reload({ waitUntil: "load" });
  await expectText(institution(page), ILO.institutionAfter55, { timeout: 20_000 });
  const outside = requests.filter((u) => u.protocol.startsWith("http") && !u.pathname.startsWith(FOLDER));
  assert.deepEqual(outside.map(String), [], "requests outside the site's folder");
  assert.ok(requests.some((u) => /semaforo-export-worker_loader-[0-9a-f]{16}\.js$/.test(u.pathname)), "the worker's loader carries its hash");
  // Every file the page fetches carries its content's hash, but the page itself and sw.js (whose
  // names must stay put: they say which hashed files are current).
  const unhashed = byPage
    .filter((u) => u.protocol.startsWith("http"))
    .map((u) => u.pathname.slice(FOLDER.length))
    // The examples are published at fixed addresses on purpose (a trainer links to them), and
    // served with no-cache (README, "Hosting").
    .filter((name) => name !== "" && name !== "index.html" && name !== "sw.js" && !name.startsWith("ejemplos/") && !/-[0-9a-f]{8,}(_bg)?\.[a-z]+$/.test(name));
  assert.ok(byPage.some((u) => /semaforo-app-[0-9a-f]+_bg\.wasm$/.test(u.pathname)), "the page's own requests were not seen");
  // Installable: the manifest the page links names the app, starts in its folder, and its icon
  // is there.
  const manifestHref = await page.evaluate(() => document.querySelector("link[rel=manifest]").href);
  const manifest = await (await context.request.get(manifestHref)).json();
  assert.equal(manifest.short_name, "Semáforo");
  assert.equal(new URL(manifest.start_url, manifestHref).pathname, FOLDER);
  assert.equal((await context.request.get(new URL(manifest.icons[0].src, manifestHref).href)).status(), 200);
  assert.deepEqual([...new Set(unhashed)], [], "files fetched under a name without a hash");
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test("a host that serves the build's .br and .gz files sends them to a browser that takes them", { timeout: 60_000 }, async () => {
  const { url } = await hostedCopy();
  const { context, page } = await profile();
  const encodings = new Map();
  page.on("response", (r) => encodings.set(new URL(r.url()).pathname.split("/").pop(), r.headers()["content-encoding"]));
  await page.goto(url, { waitUntil: "load" });
  await expectText(institution(page), ILO.institution, { timeout: 20_000 });
  const wasm = [...encodings].find(([name]) => /^semaforo-app-[0-9a-f]+_bg\.wasm$/.test(name));
  assert.ok(wasm, "the app's wasm was not fetched");
  assert.match(wasm[1] ?? "identity", /^(br|gzip)$/, "the wasm came uncompressed");
  await context.close();
});

test("after the first visit the app opens, edits and exports with the network off", { timeout: 120_000 }, async () => {
  const { url } = await hostedCopy();
  const { context, page, watch } = await profile();
  await page.goto(url, { waitUntil: "load" });
  await expectText(institution(page), ILO.institution, { timeout: 20_000 });
  await offlineReady(page);
  // The precache holds every file of the build before the network goes.
  await page.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      const keys = await caches.keys();
      if (keys.some((k) => k.startsWith("semaforo-"))) {
        const cache = await caches.open(keys.find((k) => k.startsWith("semaforo-")));
        if ((await cache.keys()).some((r) => r.url.includes("semaforo-export-worker-"))) return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the service worker kept nothing");
  });

  await context.setOffline(true);
  await page.reload({ waitUntil: "load" });
  await expectText(institution(page), ILO.institution, { timeout: 20_000 });
  // Every screen fetched when first opened comes from the service worker's copy.
  await openEveryLazyScreen(page);
  await meetOei02(page);
  await exportWorkbookAndPlan(page);
  // Still offline: the edit was kept as a draft and comes back.
  await page.reload({ waitUntil: "load" });
  await expectText(institution(page), ILO.institutionAfter55, { timeout: 20_000 });
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test("a new version is offered, not forced: nothing reloads until the user asks, and the draft survives", { timeout: 120_000 }, async () => {
  const { url, dir } = await hostedCopy();
  const { context, page } = await profile();
  await page.goto(url, { waitUntil: "load" });
  await expectText(institution(page), ILO.institution, { timeout: 20_000 });
  await offlineReady(page);
  await meetOei02(page);
  await page.evaluate(() => (window.semaforoMarca = "misma página"));

  // The IT office copies a new build: here, the same files under a new service worker version.
  const sw = await readFile(join(dir, "sw.js"), "utf8");
  const next = sw.replace(/const VERSION = "([0-9a-f]+)"/, (_, v) => `const VERSION = "${v}-nueva"`);
  assert.notEqual(next, sw, "sw.js has no VERSION to change");
  await writeFile(join(dir, "sw.js"), next);
  await rm(join(dir, "sw.js.br"), { force: true });
  await rm(join(dir, "sw.js.gz"), { force: true });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

  const offer = page.locator("#version-nueva");
  await expectText(offer.locator("p"), /^Hay una versión nueva de Semáforo/, { timeout: 20_000 });
  // Offered, not forced: the page and what was typed are as they were.
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await page.evaluate(() => window.semaforoMarca), "misma página");
  await expectText(institution(page), ILO.institutionAfter55);

  await Promise.all([page.waitForEvent("load", { timeout: 20_000 }), offer.getByRole("button", { name: "Recargar" }).click()]);
  await expectText(institution(page), ILO.institutionAfter55, { timeout: 20_000 });
  assert.equal(await page.evaluate(() => window.semaforoMarca), undefined, "the page did not reload");
  const versions = await page.evaluate(() => caches.keys());
  assert.ok(versions.some((k) => k.endsWith("-nueva")), `the new version did not take over: ${versions}`);
  assert.ok(!versions.some((k) => k.startsWith("semaforo-") && !k.endsWith("-nueva")), `the old version's files were kept: ${versions}`);
  await context.close();
});

test("the policy runs no inline script, even one injected into the page", { timeout: 60_000 }, async () => {
  const { url } = await hostedCopy();
  const { context, page } = await profile();
  const violations = [];
  page.on("console", (m) => m.type() === "error" && violations.push(m.text()));
  await page.goto(url, { waitUntil: "load" });
  await expectText(institution(page), ILO.institution, { timeout: 20_000 });
  const html = await (await context.request.get(url)).text();
  assert.doesNotMatch(html, /script-src[^;]*'unsafe-inline'/, "the policy allows inline scripts");
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "index.html has an inline script");

  const outcome = await page.evaluate(async () => {
    const blocked = new Promise((ok) => document.addEventListener("securitypolicyviolation", (e) => ok(e.violatedDirective), { once: true }));
    const s = document.createElement("script");
    s.textContent = "window.semaforoInyectado = true;";
    document.body.append(s);
    const button = document.createElement("button");
    button.setAttribute("onclick", "window.semaforoInyectado = true;");
    document.body.append(button);
    button.click();
    return { directive: await blocked, ran: window.semaforoInyectado === true };
  });
  assert.equal(outcome.ran, false, "an injected inline script ran");
  assert.match(outcome.directive, /^script-src/);
  await context.close();
});

test("a browser without WebAssembly is told so in Spanish instead of a blank page", { timeout: 60_000 }, async () => {
  const { url } = await hostedCopy();
  // As a browser that lacks it, or has it turned off by a security policy, before any script runs.
  const context = await shared.browser.newContext({ locale: "es-PE", serviceWorkers: "block" });
  await context.addInitScript(() => {
    delete window.WebAssembly;
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  const alert = page.locator("#sin-arranque");
  await expectText(alert, /^Semáforo no puede funcionar en este navegador: no tiene WebAssembly, o está desactivado\./, { timeout: 10_000 });
  assert.equal(await alert.getAttribute("role"), "alert");
  await context.close();
});

test("a browser that loads no JavaScript modules is told so in Spanish", { timeout: 60_000 }, async () => {
  const { url } = await hostedCopy();
  const context = await shared.browser.newContext({ locale: "es-PE", serviceWorkers: "block" });
  // How public/compat.js tells a browser too old for modules.
  await context.addInitScript(() => {
    delete HTMLScriptElement.prototype.noModule;
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await expectText(page.locator("#sin-arranque"), /^Semáforo no puede funcionar en este navegador: es demasiado antiguo \(no carga módulos de JavaScript\)\./, { timeout: 10_000 });
  await context.close();
});

test("the single file opens from a folder by double-click: example, edits, drafts and exports work", { timeout: 180_000 }, async () => {
  // A USB stick or a shared folder: semaforo.html alone, opened as a file:// page.
  const dir = await mkdtemp(join(tmpdir(), "semaforo-usb-"));
  shared.copies.push({ server: { close: (ok) => ok() }, dir });
  await cp(join(DIST, "semaforo.html"), join(dir, "semaforo.html"));
  const url = `file://${join(dir, "semaforo.html")}`;
  const context = await shared.browser.newContext({ acceptDownloads: true, locale: "es-PE" });
  const page = await context.newPage();
  const watch = { pageErrors: [], consoleErrors: [] };
  watchPage(page, watch);
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));

  await page.goto(url, { waitUntil: "load" });
  await expectText(institution(page), ILO.institution, { timeout: 30_000 });
  await meetOei02(page);
  await page.reload({ waitUntil: "load" });
  await expectText(institution(page), ILO.institutionAfter55, { timeout: 30_000 });
  // The screens a hosted page fetches when first opened are inside the file.
  await openEveryLazyScreen(page);
  await exportWorkbookAndPlan(page);
  // The teaching examples travel inside the file too.
  if ((await page.getByTestId("bienvenida").count()) === 0) await page.getByRole("button", { name: "Inicio", exact: true }).click();
  await page.getByTestId("bienvenida").getByRole("button", { name: "Ejemplos para aprender" }).click();
  await page.getByRole("button", { name: "Abrir «Máximo y mínimo»" }).click();
  await page.locator(".barra-plan").getByText("Ejemplo para aprender: máximo y mínimo").waitFor({ timeout: 20_000 });
  const fetched = requests.filter((u) => !/^(blob|data):/.test(u) && u !== url);
  assert.deepEqual(fetched, [], "the single file fetched something besides itself");
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
