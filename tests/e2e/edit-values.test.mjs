// Journey: a planner fills in obtained values. Figures follow each keystroke, the draft is saved
// without a save button, wrong entries are refused next to the field and never reach the figures
// or the draft, and a reload brings back exactly what was last accepted.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ILO,
  SAVED,
  assertClean,
  clean,
  expectAttribute,
  expectText,
  figures,
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
const CODE = "IND.01.OEI.02";

/** The message element next to a field (its id is the field's id + "-msg"). */
async function messageOf(page, field) {
  const id = await field.getAttribute("id");
  assert.equal(id, `obtenido-${CODE}`);
  assert.equal(await field.getAttribute("aria-describedby"), `${id}-msg`);
  return page.locator(`[id="${id}-msg"]`);
}

test("an obtained value updates the verdict, the OEI and the institution at once, and is saved", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Indicadores");

  const field = obtainedField(page, CODE);
  assert.equal(await field.inputValue(), "40");
  await expectText(indicatorStatus(page, CODE), /^No cumplió/);
  const draftBefore = await storage(page);

  await typeObtained(page, CODE, "55");
  await expectText(indicatorStatus(page, CODE), /^Cumplió/);
  await expectText(objectiveResult(page, "OEI.02"), /^100\.00 %/);
  await expectText(institution(page), ILO.institutionAfter55);
  await expectAttribute(field, "aria-invalid", "false");
  await expectText(saved(page), SAVED);
  // Drafts save themselves: the only "Guardar" is saving the plan to a file to send it.
  assert.equal(await page.getByRole("button", { name: /^Guardar(?! el plan en un archivo$)/ }).count(), 0, "there is a save button");

  // Autosave: the draft in this browser changed with the edit.
  const draftAfter = await storage(page);
  assert.notDeepEqual(draftAfter, draftBefore, "local storage did not change after the edit");

  // The summary shows the new figures too.
  await goTo(page, "Resumen");
  assert.ok(await institution(page).isVisible());
  await expectText(institution(page), ILO.institutionAfter55);

  // A reload brings back the value and the figures.
  const before = await figures(page);
  await reloadApp(page, ILO.institutionAfter55);
  assert.deepEqual(await figures(page), before);
  await goTo(page, "Indicadores");
  assert.equal(await obtainedField(page, CODE).inputValue(), "55");
  await expectText(saved(page), SAVED);

  await assertClean(page, watch);
  await context.close();
});

test("a wrong entry is refused next to its field and never reaches the figures or the draft", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Indicadores");
  const field = obtainedField(page, CODE);
  const message = await messageOf(page, field);

  await typeObtained(page, CODE, "55");
  await expectText(institution(page), ILO.institutionAfter55);
  await expectAttribute(field, "aria-invalid", "false");
  assert.equal(clean(await message.textContent()), "", "a message is shown for a good value");
  const good = await figures(page);
  const goodDraft = await storage(page);

  // Not a number.
  await typeObtained(page, CODE, "abc");
  await expectAttribute(field, "aria-invalid", "true");
  const notANumber = await expectText(message, /no es un número/);
  assert.match(notANumber, /válido/, "the message does not say the last good value is kept");
  assert.ok(await message.isVisible(), "the message is not visible");
  assert.equal(await field.inputValue(), "abc", "the typed text was taken away from the user");
  assert.deepEqual(await figures(page), good, "figures changed after a refused entry");

  // A percentage above 100.
  await typeObtained(page, CODE, "120");
  await expectAttribute(field, "aria-invalid", "true");
  await expectText(message, /máximo/);
  assert.deepEqual(await figures(page), good, "figures changed after a percentage above 100");
  assert.deepEqual(await storage(page), goodDraft, "the draft changed after refused entries");

  // The refused text is not what comes back after a reload: the last good value is.
  await reloadApp(page, ILO.institutionAfter55);
  assert.deepEqual(await figures(page), good);
  await goTo(page, "Indicadores");
  const reloaded = obtainedField(page, CODE);
  assert.equal(await reloaded.inputValue(), "55");
  await expectAttribute(reloaded, "aria-invalid", "false");

  // Correcting the entry clears the message.
  await typeObtained(page, CODE, "abc");
  await expectAttribute(reloaded, "aria-invalid", "true");
  await typeObtained(page, CODE, "40");
  await expectAttribute(reloaded, "aria-invalid", "false");
  await expectText(page.locator(`[id="obtenido-${CODE}-msg"]`), "");
  await expectText(institution(page), ILO.institution);
  await expectText(indicatorStatus(page, CODE), /^No cumplió/);

  await assertClean(page, watch);
  await context.close();
});

test("amounts can be typed the Peruvian way (1.234,50)", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Presupuesto");

  // Cost centre 01.01: programmed S/ 271,633.70, executed S/ 267,327.00 in the example.
  const field = page.getByLabel("Ejecutado de 01.01 COMISION DE REGIDORES", { exact: true });
  const row = page.locator('[id="cc-01.01"]');
  const pct = row.locator("td").last();
  const total = page.getByTestId("cc-total-ejecutado");
  assert.equal(await field.inputValue(), "267327.00");
  const cents = (text) => Math.round(Number(clean(text).replace(/,/g, "")) * 100);
  // "1,234,567.89" from cents, as the app shows amounts.
  const amount = (c) => `${Math.trunc(c / 100).toLocaleString("en-US")}.${String(c % 100).padStart(2, "0")}`;
  const totalBefore = cents(await total.textContent());

  await field.fill("1.234,50");
  await expectAttribute(field, "aria-invalid", "false");
  await expectText(pct, "0.45 %");
  await expectText(total, amount(totalBefore - 26_732_700 + 123_450));
  assert.equal(await field.inputValue(), "1.234,50", "the typed text was rewritten");

  // Figures of the evaluation do not depend on this amount.
  assert.equal(clean(await institution(page).textContent()), ILO.institution);

  await reloadApp(page, ILO.institution);
  await goTo(page, "Presupuesto");
  await expectText(page.locator('[id="cc-01.01"]').locator("td").last(), "0.45 %");
  assert.equal(Number(await field.inputValue()), 1234.5);

  await assertClean(page, watch);
  await context.close();
});

test("the evaluator's verdict needs a justification, overrides the numbers visibly, and survives closing the panel and a reload", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Indicadores");
  const row = page.getByTestId(`ind-${CODE}`);
  await expectText(indicatorStatus(page, CODE), /^No cumplió/);

  // The panel's controls exist once it is opened.
  assert.equal(await row.getByLabel("Veredicto").count(), 0, "the verdict editor is drawn before the panel is opened");
  await row.getByText("¿Cómo se calculó?").click();
  await row.getByLabel("Veredicto").selectOption("cumplio");
  await row.getByRole("button", { name: "Guardar juicio" }).click();
  await expectText(row.getByRole("alert"), /justific/i);
  await expectText(indicatorStatus(page, CODE), /^No cumplió/);

  // A half-typed justification is still there after closing and reopening the panel.
  await row.getByLabel("Justificación (obligatoria)").fill("Meta cumplida según acta de conformidad");
  const panel = row.locator("details.como");
  await row.getByText("¿Cómo se calculó?").click();
  await expectAttribute(panel, "open", null);
  await row.getByText("¿Cómo se calculó?").click();
  await expectAttribute(panel, "open", "");
  // The toggle event comes after the click: let it arrive before reading the fields.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  assert.equal(await row.getByLabel("Justificación (obligatoria)").inputValue(), "Meta cumplida según acta de conformidad");
  assert.equal(await row.getByLabel("Veredicto").inputValue(), "cumplio");
  await row.getByRole("button", { name: "Guardar juicio" }).click();
  await expectText(indicatorStatus(page, CODE), "Cumplió (juicio del evaluador; los números dicen «No cumplió»)");
  await expectText(objectiveResult(page, "OEI.02"), /^100\.00 %/);
  await expectText(saved(page), SAVED);

  await reloadApp(page, ILO.institutionAfter55);
  await goTo(page, "Indicadores");
  await expectText(indicatorStatus(page, CODE), "Cumplió (juicio del evaluador; los números dicen «No cumplió»)");
  await row.getByText("¿Cómo se calculó?").click();
  assert.equal(await row.getByLabel("Veredicto").inputValue(), "cumplio");

  await assertClean(page, watch);
  await context.close();
});
