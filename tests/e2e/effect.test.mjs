// Journey: the effect of an edit in sight. On Indicadores at 1024×768 a planner types a value: the
// objective's result and the institution figure show before → after under the tabs, still there
// after scrolling to the bottom; the columns of every table line up and do not move while typing.
// An objective with an indicator left empty says how many carry a value.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ILO, assertClean, expectText, freshProfile, goTo, obtainedField, openApp, typeObtained, useBrowser } from "./journey.mjs";

const shared = useBrowser();

/** Left edges of every indicator table's "Meta" column header, rounded to the pixel. */
const metaColumns = (page) =>
  page.locator("table.tabla-ind thead th:nth-child(4)").evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().left)));

test("before → after of the last edit stays in sight and the columns stay put", { timeout: 90_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared, { viewport: { width: 1024, height: 768 } });
  await openApp(page, shared);
  await goTo(page, "Indicadores");
  assert.equal(await page.getByTestId("efecto-edicion").count(), 0, "an effect is shown before any edit");
  const before = await metaColumns(page);
  assert.ok(before.length > 10, `indicator tables: ${before.length}`);
  assert.equal(new Set(before).size, 1, `the "Meta" columns do not line up: ${before}`);

  // Typed one keystroke at a time, as a person does: the "before" is the figure before the first.
  await obtainedField(page, "IND.01.OEI.02").fill("");
  await obtainedField(page, "IND.01.OEI.02").pressSequentially("55");
  await expectText(page.getByTestId("efecto-oei"), "OEI.02 75.00 % → 100.00 %");
  await expectText(page.getByTestId("efecto-institucion"), `Institución ${ILO.institution} → ${ILO.institutionAfter55}`);
  assert.deepEqual(await metaColumns(page), before, "typing moved the columns");

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(100);
  for (const id of ["efecto-edicion", "barra-institucion"]) {
    const box = await page.getByTestId(id).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 768, `${id} left the screen after scrolling to the bottom: ${JSON.stringify(box)}`);
  }
  await assertClean(page, watch);
  await context.close();
});

test("an objective with an empty indicator says how many of its indicators carry a value", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  const cell = page.getByTestId("oei-OEI.02").getByTestId("oei-indicadores");
  await expectText(cell, "4");
  await goTo(page, "Indicadores");
  await typeObtained(page, "IND.01.OEI.02", "");
  await goTo(page, "Resumen");
  await expectText(cell, "3 de 4 con información (1 sin información)");
  await assertClean(page, watch);
  await context.close();
});
