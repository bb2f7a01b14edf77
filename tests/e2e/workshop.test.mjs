// Journey (issue 20): a trainer tries "what if" on a plan in front of a room. In the workshop mode
// (*Probar cambios*) edits go to a scratch copy: the figures show before → after for the
// institution, every OEI and each changed indicator; *Restablecer* goes back in one click; the
// draft in storage stays byte for byte what it was, through the trial, its end and a reload.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ILO,
  SAVED,
  assertClean,
  clean,
  expectText,
  freshProfile,
  goTo,
  indicatorStatus,
  institution,
  objectiveResult,
  obtainedField,
  openApp,
  reloadApp,
  saved,
  storage,
  typeObtained,
  useBrowser,
} from "./journey.mjs";

const shared = useBrowser();

// Three values a trainer might try on Ilo, each meeting its target.
const TRIED = [
  ["IND.01.OEI.02", "55", "40"],
  ["IND.01.AEI.01.01", "90", "40"],
  ["IND.01.OEI.03", "10", "20"],
];

const trialButton = (page) => page.getByRole("button", { name: "Probar cambios (modo taller)" });
const panel = (page) => page.getByTestId("modo-taller");

/** The row of the before → after table for the institution or an OEI, as its cells' texts. */
async function resultRow(page, name) {
  const row = panel(page).getByTestId("taller-resultados").locator("tr").filter({ has: page.getByRole("rowheader", { name }) });
  return (await row.locator("th, td").allTextContents()).map(clean);
}

test("workshop mode: three values tried, before → after, Restablecer, and the draft never touched", { timeout: 180_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  // The example is kept as a draft as soon as it opens.
  await expectText(saved(page), SAVED, { timeout: 10_000 });
  const stored = await storage(page);

  await trialButton(page).click();
  await panel(page).waitFor({ timeout: 20_000 });
  await expectText(panel(page).getByTestId("taller-sin-cambios"), /Aún no cambió nada/);
  await expectText(saved(page), "Modo taller: los cambios no se guardan en el borrador");

  await goTo(page, "Indicadores");
  for (const [code, value] of TRIED) {
    await typeObtained(page, code, value);
    await expectText(indicatorStatus(page, code), /^Cumplió/);
  }
  // Before → after, for the institution and for an OEI, with the change in points.
  const after = clean(await institution(page).textContent());
  assert.notEqual(after, ILO.institution);
  const row = await resultRow(page, "Institución");
  assert.equal(row[1], ILO.institution);
  assert.equal(row[2], after);
  assert.match(row[3], /^\+\d+\.\d\d pp$/);
  assert.deepEqual((await resultRow(page, /^OEI\.01 /)).slice(1), [ILO.oei01, "33.33 %", "+16.67 pp"]);
  assert.deepEqual((await resultRow(page, /^OEI\.02 /)).slice(1), ["75.00 %", "100.00 %", "+25.00 pp"]);
  const changed = panel(page).getByTestId("taller-indicadores").locator("tbody tr");
  assert.equal(await changed.count(), 3);
  const first = (await changed.first().locator("th, td").allTextContents()).map(clean);
  assert.match(first[0], /^IND\.01\.OEI\.01|^IND\.01\.AEI\.01\.01/);
  assert.ok(first.includes("No cumplió → Cumplió"), first.join(" | "));

  // The draft is what it was before the trial, byte for byte (a save would have come within
  // a frame of each edit).
  await page.waitForTimeout(500);
  assert.deepEqual(await storage(page), stored);

  // Restablecer: every figure and field back to the start of the trial, the trial still on.
  await panel(page).getByRole("button", { name: "Restablecer" }).click();
  await expectText(institution(page), ILO.institution);
  await expectText(panel(page).getByTestId("taller-sin-cambios"), /Aún no cambió nada/);
  for (const [code, , before] of TRIED) assert.equal(await obtainedField(page, code).inputValue(), before);
  assert.deepEqual(await storage(page), stored);

  // One more try, then the trial ends: the start comes back, and so does saving.
  await typeObtained(page, "IND.01.OEI.02", "55");
  await expectText(institution(page), ILO.institutionAfter55);
  await panel(page).getByRole("button", { name: "Terminar la prueba" }).click();
  await expectText(institution(page), ILO.institution);
  assert.equal(await panel(page).count(), 0);
  await expectText(saved(page), SAVED);
  await page.waitForTimeout(300);
  assert.deepEqual(await storage(page), stored);
  await reloadApp(page, ILO.institution);
  assert.deepEqual(await storage(page), stored);
  await assertClean(page, watch);
  await context.close();
});

test("workshop mode: a trial worth keeping becomes a new draft, and the original draft is untouched", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await expectText(saved(page), SAVED, { timeout: 10_000 });
  const stored = await storage(page);
  const draftKeys = Object.keys(stored).filter((k) => stored[k].includes('"format_version"'));

  await trialButton(page).click();
  await panel(page).waitFor({ timeout: 20_000 });
  await goTo(page, "Indicadores");
  await typeObtained(page, "IND.01.OEI.02", "55");
  await expectText(institution(page), ILO.institutionAfter55);
  await panel(page).getByRole("button", { name: "Guardar la prueba como borrador nuevo" }).click();
  await expectText(page.getByRole("status").filter({ hasText: "prueba del modo taller" }), /Se abrió/);
  // The new draft is on screen, with the tried value, and saving again.
  assert.equal(await panel(page).count(), 0);
  await expectText(saved(page), SAVED);
  await expectText(institution(page), ILO.institutionAfter55);
  const now = await storage(page);
  for (const key of draftKeys) assert.equal(now[key], stored[key], `${key} changed`);
  assert.equal(Object.keys(now).filter((k) => now[k].includes('"format_version"')).length, draftKeys.length + 1);
  await assertClean(page, watch);
  await context.close();
});
