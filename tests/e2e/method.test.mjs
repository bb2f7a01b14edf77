// Journey: a trainer opens the Método screen, reads what the institution figure would be under
// each rule, switches the roll-up and the missing-values rule, and sees the figure the panel
// predicted. A rule change is an ordinary change: undone with the button, kept after a reload.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ILO,
  assertClean,
  clean,
  expectText,
  freshProfile,
  goTo,
  indicatorStatus,
  institution,
  openApp,
  reloadApp,
  typeObtained,
  useBrowser,
} from "./journey.mjs";

const shared = useBrowser();

const legend = (page) => page.locator("#metodo").getByTestId("leyenda-bandas");
const prediction = (page, key, i) => page.getByTestId(`prediccion-${key}-${i}`);
/** "Resultado institucional: 42.88 %" → "42.88 %". */
async function predicted(page, key, i) {
  const text = clean(await prediction(page, key, i).textContent());
  const m = text.match(/(\d+\.\d\d %)$/);
  assert.ok(m, `no figure in ${JSON.stringify(text)}`);
  return m[1];
}

test("switching rules on the Método screen changes the institution figure as the panel predicted", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);

  // An unreported value, so the missing-values rule has something to decide.
  await goTo(page, "Indicadores");
  await typeObtained(page, "IND.01.OEI.02", "");
  await expectText(indicatorStatus(page, "IND.01.OEI.02"), /^Sin información/);
  const withGap = clean(await institution(page).textContent());
  assert.equal(withGap, ILO.institution, "OEI.02 was already not met: counted as not met, nothing moves");

  // The plan's bands are a legend wherever lights are.
  const bands = /Verde.*desde 75 %.*Naranja.*desde 50 % hasta menos de 75 %.*Rojo.*menos de 50 %/;
  await expectText(page.locator('section[aria-labelledby="indicadores-titulo"]').getByTestId("leyenda-bandas"), bands);
  await expectText(page.locator("#resumen").getByTestId("leyenda-bandas"), bands);
  await goTo(page, "Informe");
  await expectText(page.locator('section[aria-labelledby="informe-resumen"]').getByTestId("leyenda-bandas"), bands);
  await expectText(page.getByTestId("informe-metodo").locator("h2"), "Anexo: método de evaluación");
  await expectText(page.getByTestId("informe-metodo").locator("li").first(), /\(en uso\) — Resultado institucional: 40\.11 %$/);

  await goTo(page, "Método");
  await expectText(legend(page), bands);
  // The option in force predicts the figure on screen.
  assert.equal(await predicted(page, "rollup", 0), withGap);
  assert.equal(await predicted(page, "missing_values", 0), withGap);

  // Roll-up: weighted advance.
  const weighted = await predicted(page, "rollup", 1);
  assert.notEqual(weighted, withGap);
  await page.getByLabel(/^Promedio del avance ponderado por relevancia/).check();
  await expectText(institution(page), weighted);
  await expectText(page.getByTestId("regla-rollup"), /ponderado por relevancia \(en uso\)/);

  // Missing values: left out. The panel's prediction is what the figure becomes.
  const leftOut = await predicted(page, "missing_values", 1);
  assert.notEqual(leftOut, weighted, "leaving an unreported indicator out must change the figure");
  await page.getByLabel(/^Quedan fuera del cálculo/).check();
  await expectText(institution(page), leftOut);

  // An ordinary change: undone with the button, redone, and kept after a reload.
  await page.getByRole("button", { name: "↶ Deshacer" }).click();
  await expectText(institution(page), weighted);
  await page.getByRole("button", { name: "↷ Rehacer" }).click();
  await expectText(institution(page), leftOut);
  await page.waitForTimeout(400);
  await reloadApp(page, leftOut);
  await goTo(page, "Método");
  await expectText(page.getByTestId("regla-missing_values"), /Quedan fuera del cálculo \(en uso\)/);

  // Bands: a threshold typed and applied recolours the legend; a bad one is refused in place.
  const green = page.getByLabel("Verde desde (%)", { exact: true });
  await green.fill("-3");
  await page.getByRole("button", { name: "Aplicar bandas" }).click();
  await expectText(page.locator(".editor-bandas [role=alert]"), /Banda «Verde»/);
  await green.fill("90");
  await page.getByRole("button", { name: "Aplicar bandas" }).click();
  await expectText(legend(page), /Verde.*desde 90 %/);

  await assertClean(page, watch);
  await context.close();
});
