// What every journey needs beyond browser.mjs: a fresh profile with a watch on the network and on
// errors, waiting for what a user would see, moving between screens, and the figures on screen.
//
// Not a test file itself (node --test only runs *.test.mjs here).

import assert from "node:assert/strict";
import { after, before } from "node:test";
import { appUrl, launchBrowser } from "./browser.mjs";

/** The built-in example as the app first shows it. */
export const ILO = {
  institution: "40.11 %",
  // IND.01.OEI.02 at 55 meets its target: OEI.02 goes from 75 % to 100 %. The institution is the
  // mean of the 9 OEI results at full precision: (1/6 + 1 + 0.2 + 0.25 + 6/7 + 0.6 + 2/7 + 0.5 + 0)
  // × 100 / 9 = 42.8836… → "42.88 %". (40.11 + 25/9 would give 42.89, but that adds rounded
  // figures; the app rounds only for display.)
  institutionAfter55: "42.88 %",
  institutionStrict: "33.43 %",
  counts: { verde: "2", naranja: "2", rojo: "5" },
  oei01: "16.67 %",
  exportName: "municipalidad-provincial-de-ilo_plan-estrategico-institucional-2021-2025_2022.json",
};

export const SAVED = /^Borrador guardado en este navegador: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;

/**
 * Registers before/after hooks for a test file: one Chromium and one server for the whole file.
 * Returns an object whose `browser` and `app` fields are filled in once `before` has run.
 */
export function useBrowser() {
  const shared = { browser: null, app: null };
  before(async () => {
    shared.app = await appUrl();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.app?.stop();
  });
  return shared;
}

/**
 * A fresh browser profile (empty local storage) with one page, watched from its first request:
 * every request, uncaught page error and console error is recorded for `assertClean`.
 *
 * The service worker is blocked unless `options.serviceWorkers` is "allow": these journeys check
 * what the page itself fetches, and Playwright's routes do not see requests a worker answers.
 * tests/e2e/any-pc.test.mjs is where the service worker is tested.
 */
export async function freshProfile(shared, options = {}) {
  const context = await shared.browser.newContext({ acceptDownloads: true, locale: "es-PE", serviceWorkers: "block", ...options });
  const watch = { origin: new URL(shared.app.url).origin, requests: [], pageErrors: [], consoleErrors: [] };
  context.on("request", (request) => watch.requests.push(request.url()));
  const page = await context.newPage();
  watchPage(page, watch);
  return { context, page, watch };
}

export function watchPage(page, watch) {
  page.on("pageerror", (error) => watch.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") watch.consoleErrors.push(message.text());
  });
}

/** Opens the app and waits until the plan's institution figure is drawn. */
export async function openApp(page, shared, expected = ILO.institution) {
  const response = await page.goto(shared.app.url, { waitUntil: "load" });
  assert.equal(response.status(), 200);
  await expectText(institution(page), expected, { timeout: 20_000 });
}

/** Reloads and waits until the plan's institution figure is drawn again. */
export async function reloadApp(page, expected) {
  await page.reload({ waitUntil: "load" });
  await expectText(institution(page), expected, { timeout: 20_000 });
}

/** Nothing left this machine and nothing went wrong in the page. */
export async function assertClean(page, watch) {
  await page.waitForLoadState("networkidle");
  const foreign = watch.requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === "data:" || u.protocol === "blob:") return false;
    return u.origin !== watch.origin;
  });
  assert.deepEqual(foreign, [], `requests left the app's origin ${watch.origin}`);
  assert.deepEqual(watch.pageErrors, [], "uncaught errors in the page");
  assert.deepEqual(watch.consoleErrors, [], "errors in the browser console");
}

/**
 * Waits until the locator's text (whitespace collapsed, trimmed) equals `expected` (a string) or
 * matches it (a RegExp); fails with what was last seen.
 */
export async function expectText(locator, expected, { timeout = 5_000 } = {}) {
  const ok = (text) => (expected instanceof RegExp ? expected.test(text) : text === expected);
  const deadline = Date.now() + timeout;
  let last = "(no element)";
  for (;;) {
    if ((await locator.count()) === 1) {
      last = clean(await locator.textContent());
      if (ok(last)) return last;
    } else {
      last = `(${await locator.count()} elements)`;
    }
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`${locator} — expected text ${expected instanceof RegExp ? expected : JSON.stringify(expected)}, saw ${JSON.stringify(last)}`);
}

/** Waits until an attribute has the given value (or is absent, for `null`). */
export async function expectAttribute(locator, name, expected, { timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = (await locator.count()) === 1 ? await locator.getAttribute(name) : "(missing or ambiguous element)";
    if (last === expected) return;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`${locator} — expected ${name}=${JSON.stringify(expected)}, saw ${JSON.stringify(last)}`);
}

export function clean(text) {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

export const institution = (page) => page.getByTestId("institucion-resultado");
export const count = (page, light) => page.getByTestId(`conteo-${light}`).locator("strong");
export const objectiveResult = (page, code) => page.getByTestId(`oei-${code}`).getByTestId("oei-resultado");
export const indicatorStatus = (page, code) => page.getByTestId(`ind-estado-${code}`);
export const obtainedField = (page, code) => page.getByLabel(`Valor obtenido 2022 de ${code}`, { exact: true });
export const saved = (page) => page.getByTestId("guardado");
export const screenButton = (page, name) =>
  page.getByRole("navigation", { name: "Pantallas" }).getByRole("button", { name, exact: typeof name === "string" });

/** Clicks a screen's button in the nav and checks it is the current one; a screen fetched when
 *  first opened is waited for until it is drawn. */
export async function goTo(page, name) {
  const button = screenButton(page, name);
  await button.click();
  await expectAttribute(button, "aria-current", "page");
  const lazy = LAZY_SCREENS.find(([screen]) => String(screen) === String(name));
  if (lazy) await page.locator(`#${lazy[1]}`).waitFor({ timeout: 20_000 });
}

/** The screens fetched the first time they are opened (src/components/lazy_screen.rs), each with
 *  the id of the heading it draws once its code has arrived. Indicadores is also fetched in the
 *  background once a plan's figures are on screen. */
export const LAZY_SCREENS = [
  ["Indicadores", "indicadores-titulo"],
  ["Estructura", "estructura-titulo"],
  ["Presupuesto", "presupuesto-titulo"],
  [/^Diagnósticos/, "diagnosticos-titulo"],
  ["Método", "metodo-titulo"],
  ["Informe", "informe-titulo"],
  ["Compartir", "compartir-titulo"],
  ["Borradores y archivos", "borradores-titulo"],
];

/** Opens every lazily fetched screen and waits for each to be drawn (not "Cargando…", not the
 *  message that its code could not be downloaded). */
export async function openEveryLazyScreen(page, { timeout = 20_000 } = {}) {
  for (const [screen, heading] of LAZY_SCREENS) {
    await goTo(page, screen);
    await page.locator(`#${heading}`).waitFor({ timeout });
    assert.equal(await page.getByText("No se pudo descargar esta pantalla").count(), 0, `${screen} could not be downloaded`);
  }
  await goTo(page, "Resumen");
}

/** The figures a user compares: institution, OEI counts per light, two OEI results. */
export async function figures(page) {
  const text = async (locator) => clean(await locator.textContent());
  return {
    institution: await text(institution(page)),
    verde: await text(count(page, "verde")),
    naranja: await text(count(page, "naranja")),
    rojo: await text(count(page, "rojo")),
    oei01: (await text(objectiveResult(page, "OEI.01"))).split(" ").slice(0, 2).join(" "),
    oei02: (await text(objectiveResult(page, "OEI.02"))).split(" ").slice(0, 2).join(" "),
    ind0102: await indicatorText(page, "IND.01.OEI.02"),
  };
}

/** An indicator's verdict as Indicadores shows it. That screen is drawn the first time it is
 * opened: if it has not been yet, it is opened and the user is taken back where they were. */
async function indicatorText(page, code) {
  const status = indicatorStatus(page, code);
  if ((await status.count()) > 0) return clean(await status.textContent());
  const nav = page.getByRole("navigation", { name: "Pantallas" });
  const current = clean(await nav.locator('button[aria-current="page"]').textContent());
  await goTo(page, "Indicadores");
  const value = clean(await status.textContent());
  await goTo(page, current);
  return value;
}

/** The browser's local storage, as an object (what the app keeps between visits). */
export function storage(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      out[key] = localStorage.getItem(key);
    }
    return out;
  });
}

/** On the Indicadores screen: types `value` into an indicator's obtained-value field. */
export async function typeObtained(page, code, value) {
  const field = obtainedField(page, code);
  await field.fill(value);
  return field;
}

/** The usual first edit: IND.01.OEI.02 from 40 to 55, which meets its target of 50. */
export async function meetOei02(page) {
  await goTo(page, "Indicadores");
  await typeObtained(page, "IND.01.OEI.02", "55");
  await expectText(indicatorStatus(page, "IND.01.OEI.02"), /^Cumplió/);
  await expectText(institution(page), ILO.institutionAfter55);
}
