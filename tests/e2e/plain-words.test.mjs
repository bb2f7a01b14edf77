// Journey: every screen speaks to a planner. No diagnostic code (VERDICT_DIFFERS) and no data path
// (poi.allocation/total, objectives[0]) in the visible text of any screen; they stay in a
// "Detalle técnico" for IT staff. Saving the plan to a file says where it went and what next.

import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, expectText, freshProfile, goTo, openApp, saved, typeObtained, useBrowser } from "./journey.mjs";

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

test("the change log shows times on the same clock as the page, not UTC", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared, { timezoneId: "America/Lima" });
  await openApp(page, shared);
  await goTo(page, "Indicadores");
  await typeObtained(page, "IND.01.OEI.02", "55");
  await expectText(saved(page), /^Borrador guardado en este navegador: /);
  // "03/12/2026 07:30:12" in Lima; the log's entry was written the same minute or the one before.
  const clock = (await saved(page).textContent()).match(/(\d{2}\/\d{2}\/\d{4}) (\d{2}):(\d{2})/);
  await goTo(page, "Compartir");
  const when = (await page.getByTestId("tabla-historial").locator("tbody tr").first().locator("td").nth(1).textContent()).trim();
  assert.match(when, /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/, `not a local time: ${when}`);
  const [date, hh, mm] = [clock[1], Number(clock[2]), Number(clock[3])];
  const [wDate, wTime] = when.split(" ");
  const [wh, wm] = wTime.split(":").map(Number);
  const minutes = (hh * 60 + mm) - (wh * 60 + wm);
  assert.ok(wDate === date && minutes >= 0 && minutes <= 1, `log at ${when}, page clock ${clock[0]}`);
  await assertClean(page, watch);
  await context.close();
});
