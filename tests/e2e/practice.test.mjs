// Journey (issue 20): a trainer hands out a practice. The participant sees the data and the
// plan's rules but no result; each verdict and figure they work out is checked, with the
// working; the results appear only when they ask. A practice travels by link as well.

import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, expectText, freshProfile, goTo, institution, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();

async function gallery(page) {
  if ((await page.getByTestId("bienvenida").count()) === 0) await page.getByRole("button", { name: "Inicio", exact: true }).click();
  await page.getByTestId("bienvenida").getByRole("button", { name: "Ejemplos para aprender" }).click();
}

const practice = (page) => page.getByTestId("practica");

test("a practice hides the results, checks each answer with its working, and shows them when asked", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await gallery(page);
  await page.getByRole("button", { name: "Practicar con «Ascendente y descendente»" }).click();
  await practice(page).waitFor({ timeout: 20_000 });
  // Nothing gives the answers away: no screens, no institution figure, no trial or projector view.
  assert.equal(await page.getByRole("navigation", { name: "Pantallas" }).isVisible(), false);
  assert.equal(await institution(page).count(), 0);
  assert.equal(await page.getByTestId("barra-institucion").isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Probar cambios (modo taller)" }).count(), 0);
  await expectText(practice(page).locator("details li").first(), "Resultado de cada OEI: Porcentaje de indicadores que cumplieron.");

  // A verdict: 55 against a target of 40 where less is better.
  const verdict = page.getByLabel("¿Cumplió IND.03.OEI.01?");
  await verdict.selectOption("Cumplió");
  const row = page.getByRole("row").filter({ has: verdict });
  await expectText(row.getByRole("status"), "No: No cumplió.");
  await verdict.selectOption("No cumplió");
  await expectText(row.getByRole("status"), "Correcto: No cumplió.");
  await row.getByText("Cómo se calcula").click();
  await expectText(row.locator("details p").first(), /descendente|menos/i);

  // An OEI's result, to two decimals.
  const oei = page.getByLabel("Resultado de OEI.01 (%)");
  const oeiForm = page.locator("form").filter({ has: oei });
  await oei.fill("66.7");
  await oeiForm.getByRole("button", { name: "Comprobar" }).click();
  await expectText(oeiForm.getByRole("status"), "Casi: con dos decimales es 66.67 %.");
  await oei.fill("66,67");
  await oei.press("Enter");
  await expectText(oeiForm.getByRole("status"), "Correcto: 66.67 %.");
  await oeiForm.getByText("Cómo se calcula").click();
  await expectText(oeiForm.locator("details p").first(), /2 de 3 = 66\.67 %/);
  await oei.fill("muchos");
  await oei.press("Enter");
  await expectText(oeiForm.getByRole("alert"), /Escriba el porcentaje/);

  const inst = page.getByLabel("Resultado institucional (%)");
  await inst.fill("66.67");
  await inst.press("Enter");
  await expectText(page.locator("form").filter({ has: inst }).getByRole("status"), "Correcto: 66.67 %.");
  await expectText(page.getByTestId("practica-puntaje"), "Respuestas correctas: 3 de 3");

  // Still a practice after a reload (it is the draft's), until the participant asks.
  await page.reload({ waitUntil: "load" });
  await practice(page).waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "Ver los resultados (termina la práctica)" }).click();
  await expectText(institution(page), "66.67 %", { timeout: 20_000 });
  assert.equal(await practice(page).count(), 0);
  await page.reload({ waitUntil: "load" });
  await expectText(institution(page), "66.67 %", { timeout: 20_000 });
  await assertClean(page, watch);
  await context.close();
});

test("a practice link opens as a practice; the trainer's own plan is unchanged", { timeout: 120_000 }, async () => {
  const trainer = await freshProfile(shared);
  await openApp(trainer.page, shared);
  await gallery(trainer.page);
  await trainer.page.getByRole("button", { name: "Abrir «Ascendente y descendente»" }).click();
  await expectText(institution(trainer.page), "66.67 %", { timeout: 20_000 });
  await goTo(trainer.page, "Compartir");
  await trainer.page.getByLabel(/Como práctica/).check();
  await trainer.page.getByRole("button", { name: "Crear enlace" }).click();
  const link = await trainer.page.getByTestId("enlace-plan").inputValue();
  assert.equal(await practice(trainer.page).count(), 0);

  const participant = await freshProfile(shared);
  await participant.page.goto(link, { waitUntil: "load" });
  await practice(participant.page).waitFor({ timeout: 20_000 });
  assert.equal(await institution(participant.page).count(), 0);
  await assertClean(participant.page, participant.watch);
  await assertClean(trainer.page, trainer.watch);
  await trainer.context.close();
  await participant.context.close();
});
