// Journey (issue 20): a trainer walks a room through how OEI.01 of Ilo reaches its 16.67 %, on a
// projector, with the keyboard alone: the data, each indicator's verdict, the roll-up, the light.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ILO, assertClean, clean, expectText, freshProfile, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();

test("step by step walks OEI.01 of Ilo to its 16.67 % with the keyboard alone", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  const opener = page.getByRole("button", { name: "Paso a paso (proyector)" });
  await opener.focus();
  await page.keyboard.press("Enter");
  const view = page.getByRole("dialog", { name: "Paso a paso" });
  await view.waitFor({ timeout: 20_000 });
  const number = view.getByTestId("paso-numero");
  const step = view.getByTestId("paso");
  // The institution first: its OEI results, then its figure.
  await expectText(number, "Paso 1 de 3");
  await page.keyboard.press("ArrowRight");
  await expectText(view.getByTestId("paso-cifra"), new RegExp(`^${ILO.institution.replace(".", "\\.")} `));

  // Choose OEI.01: Tab to the list, the next entry, Tab out of it.
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expectText(view.locator(".presentacion-tema"), /^OEI\.01 /);
  await page.keyboard.press("Tab");
  // Its six indicators, one verdict each, the roll-up, the light: nine steps, from the first.
  await expectText(number, "Paso 1 de 9");
  await expectText(step.locator("h3"), "1. Los indicadores y sus datos");
  assert.equal(await view.getByRole("button", { name: "Siguiente →" }).isEnabled(), true);
  assert.equal(await view.getByRole("button", { name: "← Anterior" }).isDisabled(), true);
  assert.equal(await step.locator("tbody tr").count(), 6);
  for (let n = 1; n <= 6; n++) {
    await page.keyboard.press("ArrowRight");
    await expectText(number, `Paso ${n + 1} de 9`);
    await expectText(step.locator("h3"), new RegExp(`^2\\.${n} ¿Cumplió IND\\.\\S+\\? (Cumplió|No cumplió|Sin información)$`));
  }
  await page.keyboard.press("PageDown");
  await expectText(step.locator("h3"), "3. El resultado de OEI.01");
  await expectText(view.getByTestId("paso-cifra"), /^16\.67 % /);
  await expectText(step.locator("p").filter({ hasText: "Porcentaje" }), /Porcentaje de indicadores que cumplieron: 1 de 6 = 16\.67 %/);
  await page.keyboard.press("ArrowRight");
  await expectText(step.locator("h3"), "Último paso: el semáforo y su banda");
  await expectText(step.locator('tr[aria-current="true"] th'), /Rojo$/);
  // The last step is the last: Siguiente does nothing more, Anterior goes back.
  await page.keyboard.press("ArrowRight");
  await expectText(number, "Paso 9 de 9");
  assert.equal(await view.getByRole("button", { name: "Siguiente →" }).isDisabled(), true);
  await page.keyboard.press("Home");
  await expectText(number, "Paso 1 de 9");

  // Esc leaves, back to the button that opened it.
  await page.keyboard.press("Escape");
  assert.equal(await view.count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "abrir-paso-a-paso");
  await assertClean(page, watch);
  await context.close();
});
