// The main journeys again in Firefox ESR (Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi): municipal PCs often run Firefox. First visit, typing a value, the draft kept
// across a reload, the plan and the workbook exported, a plan file opened, a bad file refused,
// and the Spanish message when WebAssembly is missing.
//
// Downloads are read in the page (the link the app clicks, and its blob), so the test checks the
// app's files, not the browser's download folder.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { appUrl } from "./browser.mjs";
import { ILO } from "./journey.mjs";

const FIREFOX = process.env.SEMAFORO_FIREFOX || "/usr/bin/firefox-esr";
const shared = { browser: null, app: null, dir: null };

before(async () => {
  shared.app = await appUrl();
  shared.dir = await mkdtemp(join(tmpdir(), "semaforo-firefox-"));
  shared.browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    protocol: "webDriverBiDi",
    // Nothing may phone home: the network is closed in CI.
    extraPrefsFirefox: { "app.update.enabled": false, "browser.shell.checkDefaultBrowser": false, "datareporting.policy.dataSubmissionEnabled": false },
  });
});
after(async () => {
  await shared.browser?.close();
  await shared.app?.stop();
  if (shared.dir) await rm(shared.dir, { recursive: true, force: true });
});

/** A fresh profile (its own storage) with one page; page errors are collected. */
async function freshPage() {
  const context = await shared.browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // Every file the app offers for download, as the page made it: name and text (or size).
  // The app revokes a blob's URL right after its click, so blobs are kept by URL as they are made.
  await page.evaluateOnNewDocument(() => {
    window.semaforoDescargas = [];
    const blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      const url = create.call(URL, blob);
      blobs.set(url, blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = this.download ? blobs.get(this.href) : undefined;
      if (!blob) return click.call(this);
      const entry = { name: this.download };
      window.semaforoDescargas.push(entry);
      (blob.type.includes("json") ? blob.text() : Promise.resolve(null)).then((text) => {
        entry.text = text;
        entry.size = blob.size;
      });
    };
  });
  return { context, page, errors };
}

const text = (page, testid) =>
  page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent.replace(/\s+/g, " ").trim() ?? null, testid);

async function waitForText(page, testid, expected, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await text(page, testid);
    if (expected instanceof RegExp ? expected.test(last ?? "") : last === expected) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`[data-testid=${testid}] expected ${expected}, saw ${JSON.stringify(last)}`);
}

/** The element whose label (or visible text, for buttons) is exactly `name`, waited for: a screen
 *  opened for the first time may still be downloading. */
async function byName(page, selector, name) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const handle = await page.evaluateHandle(
      (selector, name) =>
        [...document.querySelectorAll(selector)].find((el) => {
          const label = el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent ?? el.textContent;
          return label.replace(/\s+/g, " ").trim() === name && el.getClientRects().length > 0;
        }) ?? null,
      selector,
      name,
    );
    const element = handle.asElement();
    if (element || Date.now() > deadline) {
      assert.ok(element, `no ${selector} named ${JSON.stringify(name)}`);
      return element;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function goTo(page, screen) {
  await (await byName(page, 'nav[aria-label="Pantallas"] button', screen)).click();
}

async function download(page, name) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const found = await page.evaluate((name) => window.semaforoDescargas.find((d) => name.test(d.name) && d.size !== undefined) ?? null, name);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`no download named ${name}`);
}

async function typeObtained(page, code, value) {
  const field = await byName(page, "input", `Valor obtenido 2022 de ${code}`);
  await field.click({ count: 3 });
  await page.keyboard.type(value);
  await page.keyboard.press("Tab");
}

test("Firefox: first visit, a value typed, the draft kept across a reload, the plan and the workbook exported", { timeout: 180_000 }, async () => {
  const { context, page, errors } = await freshPage();
  await page.goto(shared.app.url, { waitUntil: "load" });
  await waitForText(page, "institucion-resultado", ILO.institution);
  await goTo(page, "Indicadores");
  await typeObtained(page, "IND.01.OEI.02", "55");
  await waitForText(page, "ind-estado-IND.01.OEI.02", /^Cumplió/);
  await waitForText(page, "institucion-resultado", ILO.institutionAfter55);

  await page.reload({ waitUntil: "load" });
  await waitForText(page, "institucion-resultado", ILO.institutionAfter55);

  await (await byName(page, "button", "Guardar el plan en un archivo")).click();
  const json = await download(page, /\.json$/);
  assert.equal(json.name, ILO.exportName);
  assert.match(json.text, /"IND\.01\.OEI\.02"/);

  await goTo(page, "Informe");
  await (await byName(page, "button", "Descargar Excel (.xlsx)")).click();
  const xlsx = await download(page, /\.xlsx$/);
  assert.ok(xlsx.size > 10_000, `the workbook is ${xlsx.size} bytes`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("Firefox: a plan file opens, and a bad one is refused with the place of the problem", { timeout: 120_000 }, async () => {
  const { context, page, errors } = await freshPage();
  await page.goto(shared.app.url, { waitUntil: "load" });
  await waitForText(page, "institucion-resultado", ILO.institution);

  const bad = join(shared.dir, "roto.json");
  await writeFile(bad, '{"format_version": 2, "entity": ');
  const input = await byName(page, "input", "Abrir un archivo recibido");
  await input.uploadFile(bad);
  const refused = await page.waitForFunction(
    () => [...document.querySelectorAll("[role=alert]")].map((e) => e.textContent).find((t) => /roto\.json/.test(t) && /línea/.test(t)) ?? null,
    { timeout: 10_000 },
  );
  assert.match(await refused.jsonValue(), /línea 1/);
  await waitForText(page, "institucion-resultado", ILO.institution);

  const good = join(shared.dir, "plan.json");
  const plan = JSON.parse(await (await fetch(new URL("ejemplos/ilo-2022.json", shared.app.url))).text());
  plan.entity.name = "Municipalidad de Prueba en Firefox";
  await writeFile(good, JSON.stringify(plan));
  await (await byName(page, "input", "Abrir un archivo recibido")).uploadFile(good);
  const deadline = Date.now() + 10_000;
  while (!/Prueba en Firefox/.test(await page.title()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.equal(await page.title(), "Municipalidad de Prueba en Firefox · Semáforo");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Firefox without WebAssembly says so in Spanish", { timeout: 60_000 }, async () => {
  const { context, page } = await freshPage();
  await page.evaluateOnNewDocument(() => {
    delete window.WebAssembly;
  });
  await page.goto(shared.app.url, { waitUntil: "load" });
  const said = await page.waitForFunction(() => document.getElementById("sin-arranque")?.textContent ?? null, { timeout: 10_000 });
  assert.match(await said.jsonValue(), /^Semáforo no puede funcionar en este navegador: no tiene WebAssembly/);
  await context.close();
});
