// Journey: the evaluated year changed on Estructura. The value fields follow the period on screen,
// so a value typed for 2023 never lands in 2022, a verdict given for 2022 does not decide 2023, and
// going back to 2022 gives the same figures.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ILO, assertClean, expectText, freshProfile, goTo, indicatorStatus, institution, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();

async function evaluatedYear(page, year) {
  await goTo(page, "Estructura");
  const field = page.getByLabel("Año evaluado", { exact: true });
  await field.fill(String(year));
  await field.press("Tab");
}

test("a value typed after changing the evaluated year goes to that year only", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await evaluatedYear(page, 2023);
  await goTo(page, "Indicadores");
  assert.equal(await page.getByLabel("Valor obtenido 2022 de IND.01.OEI.02", { exact: true }).count(), 0, "a 2022 field is still on screen for 2023");
  await page.getByLabel("Valor obtenido 2023 de IND.01.OEI.02", { exact: true }).fill("55");
  // The 2022 verdict on IND.01.OEI.01 does not decide 2023; its panel says it is for 2022.
  await expectText(indicatorStatus(page, "IND.01.OEI.01"), /^Sin información/);
  const row = page.getByTestId("ind-IND.01.OEI.01");
  await row.getByText("¿Cómo se calculó?").click();
  await expectText(row.getByTestId("juicio-otro-periodo"), /^Hay un juicio del evaluador para 2022 \(«cumplió»\): no decide 2023\./);

  await evaluatedYear(page, 2022);
  await goTo(page, "Indicadores");
  assert.equal(await page.getByLabel("Valor obtenido 2022 de IND.01.OEI.02", { exact: true }).inputValue(), "40", "the 2023 value landed in 2022");
  await goTo(page, "Resumen");
  await expectText(institution(page), ILO.institution);
  await assertClean(page, watch);
  await context.close();
});
