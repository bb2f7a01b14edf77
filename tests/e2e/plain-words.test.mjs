// Journey: every screen speaks to a planner. No diagnostic code (VERDICT_DIFFERS) and no data path
// (poi.allocation/total, objectives[0]) in the visible text of any screen; they stay in a
// "Detalle técnico" for IT staff. Saving the plan to a file says where it went and what next.

import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, expectText, freshProfile, goTo, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();

const SCREENS = ["Resumen", "Indicadores", "Estructura", "Presupuesto", /^Diagnósticos/, "Método", "Informe", "Compartir", "Borradores y archivos"];
const CODE = /\b[A-Z]+_[A-Z_]+\b/;
const PATH = /\bpoi\.[a-z_]+|\bsettings\.[a-z_]+|\b[a-z_]+\[\d+\]/;

test("no screen shows a diagnostic code or a data path; saving the file says where it went", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  for (const screen of SCREENS) {
    await goTo(page, screen);
    await page.waitForTimeout(150);
    const text = await page.evaluate(() => document.body.innerText);
    const code = text.match(CODE);
    const path = text.match(PATH);
    assert.equal(code, null, `${screen}: a code on screen: ${code?.[0]}`);
    assert.equal(path, null, `${screen}: a data path on screen: ${path?.[0]}`);
  }
  // The codes are still there for IT staff, one click away.
  await goTo(page, /^Diagnósticos/);
  const detail = page.locator("details.detalle-ti").first();
  await detail.locator("summary").click();
  await expectText(detail.locator("code").first(), /^[A-Z]+(_[A-Z]+)+$/);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Guardar el plan en un archivo", exact: true }).first().click(),
  ]);
  await expectText(page.getByRole("status").first(), new RegExp(`^Se guardó «${download.suggestedFilename().replace(/\./g, "\\.")}»\\. El navegador lo deja en su carpeta de descargas`));
  await assertClean(page, watch);
  await context.close();
});
