// Journey: the yearly cycle. The Ilo plan looked at in another year (it has targets for 2022
// only: said plainly), back to 2022 with the same figures; next year started from it, its first
// targets and values typed, and the 2022 → 2023 trend seen for their OEI, kept across a reload;
// the first semester's report worded as a follow-up.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ILO, assertClean, clean, count, expectText, freshProfile, goTo, indicatorStatus, institution, openApp, reloadApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();

const yearField = (page) => page.getByLabel("Año", { exact: true });
const periodField = (page) => page.getByLabel("Periodo", { exact: true });

/** The trend table's cells as text, row by row (header row first). */
async function tableText(locator) {
  return locator.locator("tr").evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent.replace(/\s+/g, " ").trim())),
  );
}

test("another year, back to 2022, then next year from this file and its trend", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  const note = page.getByTestId("nota-periodo");
  assert.equal(await note.isHidden(), true, "2022 has targets and values: nothing to warn about");
  // The evolution says where a comparison will come from.
  await expectText(page.getByTestId("resumen-evolucion"), /^Solo 2022 tiene valores: la evolución aparece cuando otro año o semestre los tenga/);

  await yearField(page).selectOption("2023");
  await expectText(note.first(), /^Ningún indicador tiene meta para 2023: no hay nada que evaluar en ese periodo\. Elija otro año o escriba las metas en «Estructura»\.$/);
  await goTo(page, "Indicadores");
  await expectText(indicatorStatus(page, "IND.01.OEI.02"), /^Sin información/);
  assert.equal(await page.getByLabel("Valor obtenido 2023 de IND.01.OEI.02", { exact: true }).inputValue(), "");

  await yearField(page).selectOption("2022");
  await goTo(page, "Resumen");
  await expectText(institution(page), ILO.institution);
  for (const [light, n] of Object.entries(ILO.counts)) await expectText(count(page, light), n);
  const oei02In2022 = clean(await page.getByTestId("oei-OEI.02").getByTestId("oei-resultado").textContent()).split(" ").slice(0, 2).join(" ");

  // Next year, from this file: a new draft on Indicadores, with nothing reported yet.
  await goTo(page, "Borradores y archivos");
  await page.getByRole("button", { name: "Empezar el ejercicio 2023", exact: true }).click();
  await expectText(page.locator(".aviso-info p"), /^Se empezó el ejercicio 2023 a partir de 2022 como un borrador nuevo: .*Los valores de 2023 empiezan sin información\. El POI de 2022 \(\d+ actividades\)/);
  assert.equal(await yearField(page).inputValue(), "2023");
  await expectText(indicatorStatus(page, "IND.01.OEI.02"), /^Sin información/);

  // The year's targets (the example carries 2022's only), then two values.
  await goTo(page, "Estructura");
  for (const [code, target] of [["IND.01.OEI.02", "50"], ["IND.01.AEI.02.01", "60"]]) {
    const item = page.locator(`[id="est-${code}"] > details`);
    if ((await item.getAttribute("open")) === null) await item.locator("summary").click();
    const field = page.getByLabel(`Meta 2023 de ${code}`, { exact: true });
    await field.fill(target);
    await field.press("Tab");
  }
  await goTo(page, "Indicadores");
  await page.getByLabel("Valor obtenido 2023 de IND.01.OEI.02", { exact: true }).fill("45");
  await page.getByLabel("Valor obtenido 2023 de IND.01.AEI.02.01", { exact: true }).fill("70");
  await expectText(indicatorStatus(page, "IND.01.OEI.02"), /^No cumplió/);
  await expectText(indicatorStatus(page, "IND.01.AEI.02.01"), /^Cumplió/);

  await goTo(page, "Resumen");
  const trend = page.getByTestId("resumen-evolucion-tabla");
  const checkTrend = async () => {
    await expectText(trend.locator("thead th").last(), "2023 (en pantalla)");
    const rows = await tableText(trend);
    assert.deepEqual(rows[0], ["Periodo", "2022", "2023 (en pantalla)"]);
    const oei02 = rows.find((r) => r[0] === "OEI.02");
    assert.ok(oei02, JSON.stringify(rows));
    // 2022 as it was; 2023: one of its four indicators met (OEI.02 counts its AEI's), the two
    // not reported yet counted as not met by the plan's rule: 25 %.
    assert.ok(oei02[1].startsWith(oei02In2022), `${oei02[1]} vs ${oei02In2022}`);
    assert.match(oei02[2], /^25\.00 % /);
    assert.match(rows.find((r) => r[0] === "Institución")[1], new RegExp(`^${ILO.institution.replace(".", "\\.")} `));
  };
  await checkTrend();
  // The institution per period as a chart too, its data readable as text.
  const chart = page.locator("#resumen-evolucion-grafico desc");
  assert.match(clean(await chart.textContent()), /2022: 40\.11 % .+; 2023: 2\.78 % /);
  // The OEI's "¿Cómo?" shows it with its indicators, period by period.
  await page.getByTestId("oei-OEI.02").getByRole("button", { name: "¿Cómo?" }).click();
  const own = await tableText(page.getByTestId("evolucion-OEI.02"));
  assert.deepEqual(own.find((r) => r[0] === "IND.01.OEI.02").slice(1).map((c) => c.replace(/ \S+$/, "")), ["40 de 50 · No cumplió", "45 de 50 · No cumplió"]);
  assert.deepEqual(own.find((r) => r[0] === "IND.01.AEI.02.01").slice(1).map((c) => c.replace(/ \S+$/, "")), ["75 de 50 · Cumplió", "70 de 60 · Cumplió"]);

  // An indicator's "¿Cómo se calculó?" gives its value and target in each period.
  await goTo(page, "Indicadores");
  const ind = page.getByTestId("ind-IND.01.OEI.02");
  await ind.getByText("¿Cómo se calculó?").click();
  await expectText(ind.locator("details.como li", { hasText: /^Por periodo/ }), "Por periodo: 2022: 40 de 50 · No cumplió; 2023: 45 de 50 · No cumplió.");
  await goTo(page, "Resumen");

  // Kept in the new draft across a reload.
  // The institution in 2023: 25 % for OEI.02 and 0 % for the eight others, ÷ 9 = 2.78 %.
  await reloadApp(page, "2.78 %");
  assert.equal(await yearField(page).inputValue(), "2023");
  await checkTrend();

  // The report follows the period: an annual evaluation, then a first-semester follow-up.
  await goTo(page, "Informe");
  await expectText(page.locator("#informe-titulo"), /ejercicio 2023$/);
  assert.deepEqual((await tableText(page.getByTestId("informe-evolucion-tabla")))[0], ["Periodo", "2022", "2023 (en pantalla)"]);
  await periodField(page).selectOption("semestre1");
  await expectText(page.locator("#informe-titulo"), /^Informe de seguimiento del Plan Estratégico Institucional 2021-2025 al primer semestre de 2023$/);
  await expectText(page.getByTestId("informe-alcance"), /^Seguimiento: muestra el avance a junio de 2023/);
  await assertClean(page, watch);
  await context.close();
});
