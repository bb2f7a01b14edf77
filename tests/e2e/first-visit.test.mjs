// Journey: a planner opens Semáforo for the first time (empty browser profile) and finds the
// Ilo 2022 example already evaluated, moves between the screens, and tries the strict reading.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ILO,
  SAVED,
  assertClean,
  clean,
  count,
  expectAttribute,
  expectText,
  figures,
  freshProfile,
  goTo,
  institution,
  objectiveResult,
  obtainedField,
  openApp,
  saved,
  screenButton,
  useBrowser,
} from "./journey.mjs";

const shared = useBrowser();

test("first visit opens the Ilo 2022 example with its figures, saved as a draft, all local", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);

  await openApp(page, shared);
  await page.getByRole("heading", { level: 1, name: "Semáforo" }).waitFor();

  await expectText(institution(page), ILO.institution);
  await expectText(count(page, "verde"), ILO.counts.verde);
  await expectText(count(page, "naranja"), ILO.counts.naranja);
  await expectText(count(page, "rojo"), ILO.counts.rojo);
  await expectText(objectiveResult(page, "OEI.01"), /^16\.67 %/);
  assert.ok(await institution(page).isVisible(), "the institution figure is not visible on the first screen");

  // The example is kept as a draft from the start.
  await expectText(saved(page), SAVED);

  // The wasm bundle came from this server, and nothing else was asked of anyone.
  assert.ok(watch.requests.some((url) => url.endsWith(".wasm")), "the wasm bundle was not requested");
  await assertClean(page, watch);
  await context.close();
});

test("the screens are buttons in a nav; a screen once drawn stays in the page while hidden", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);

  const nav = page.getByRole("navigation", { name: "Pantallas" });
  // The count comes with the checks' code, a moment after the first figures.
  await expectText(screenButton(page, /^Diagnósticos/), /^Diagnósticos \(\d+\)$/);
  const names = (await nav.getByRole("button").allTextContents()).map(clean);
  assert.equal(names.length, 9, `screens: ${JSON.stringify(names)}`);
  assert.deepEqual(names.slice(0, 4), ["Resumen", "Indicadores", "Estructura", "Presupuesto"]);
  assert.match(names[4], /^Diagnósticos \(\d+\)$/);
  assert.equal(names[5], "Método");
  assert.equal(names[6], "Informe");
  assert.equal(names[7], "Compartir");
  assert.equal(names[8], "Borradores y archivos");
  await expectAttribute(screenButton(page, "Resumen"), "aria-current", "page");

  // The Indicadores screen is drawn the first time it is chosen (a faster start), then kept,
  // hidden, while another screen is shown: its fields stay in the page and are not visible.
  const field = obtainedField(page, "IND.01.OEI.02");
  assert.equal(await field.count(), 0, "the indicator list was drawn before it was chosen");
  await goTo(page, "Indicadores");
  assert.ok(await field.isVisible(), "the indicator field is not visible on its screen");
  assert.equal(await field.inputValue(), "40");
  assert.equal(await institution(page).isVisible(), false, "the summary stays visible on another screen");
  await goTo(page, "Resumen");
  assert.equal(await field.count(), 1, "the indicator field left the page while its screen is hidden");
  assert.equal(await field.isVisible(), false, "a hidden screen's field is visible");
  assert.ok(
    (await page.locator("[hidden]").filter({ has: field }).count()) > 0,
    "the hidden screen is not marked with the hidden attribute",
  );

  await goTo(page, "Presupuesto");
  await page.getByRole("heading", { name: "Presupuesto y ejecución" }).waitFor();
  await goTo(page, /^Diagnósticos \(\d+\)$/);
  // A diagnostic's place is a link to its row, on the screen that holds it (the engine says
  // which row: diagnostic::Row).
  for (const [prefix, screen] of [["ind-", "Indicadores"], ["cc-", "Presupuesto"]]) {
    const link = page.locator(`ol.diagnosticos a[href^="#${prefix}"]`).first();
    const target = (await link.getAttribute("href")).slice(1);
    await link.click();
    await expectAttribute(screenButton(page, screen), "aria-current", "page");
    await page.locator(`[id="${target}"]`).waitFor({ state: "visible" });
    await goTo(page, /^Diagnósticos \(\d+\)$/);
  }
  await goTo(page, "Borradores y archivos");
  await page.getByRole("heading", { level: 2, name: "Borradores y archivos" }).waitFor();
  await goTo(page, "Resumen");
  assert.ok(await institution(page).isVisible());

  // Moving around changes no figure.
  assert.equal((await figures(page)).institution, ILO.institution);
  await assertClean(page, watch);
  await context.close();
});

test("the strict reading switch changes the institution figure and back", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);

  const strict = page.getByRole("checkbox", { name: /^Lectura estricta/ });
  assert.equal(await strict.isChecked(), false);
  await strict.check();
  await expectText(institution(page), ILO.institutionStrict);
  await strict.uncheck();
  await expectText(institution(page), ILO.institution);
  await expectText(objectiveResult(page, "OEI.01"), /^16\.67 %/);

  await assertClean(page, watch);
  await context.close();
});

test("a diagnostic's link opens Indicadores at its row, even before that screen was ever drawn", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);

  await goTo(page, /^Diagnósticos \(\d+\)$/);
  // The first observation that points at an indicator ("OEI.01 › … › indicador IND…").
  const link = page.locator("ol.diagnosticos a", { hasText: /indicador IND\./ }).first();
  const place = clean(await link.textContent());
  const code = place.split(" ").pop();
  assert.equal(await page.getByTestId(`ind-${code}`).count(), 0, "Indicadores was drawn before it was chosen");
  await link.click();

  await expectAttribute(screenButton(page, "Indicadores"), "aria-current", "page");
  const row = page.getByTestId(`ind-${code}`);
  await row.waitFor();
  await page.waitForFunction((id) => document.getElementById(id)?.classList.contains("destacado"), `ind-${code}`);
  assert.ok(await row.isVisible(), `the row of ${code} is not on screen`);
  const box = await row.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box && box.y + box.height > 0 && box.y < viewport.height, `the row of ${code} was not scrolled into view (y = ${box?.y})`);

  await assertClean(page, watch);
  await context.close();
});
