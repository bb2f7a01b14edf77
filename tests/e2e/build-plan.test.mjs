// Journey: a planning office builds its own plan from nothing in the app — two objectives, three
// actions, six indicators (one descending, one cumulative) — fills in values, sees the OEI and
// institution results, deletes an objective and undoes it, and finds it all after a reload.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  assertClean,
  clean,
  expectText,
  freshProfile,
  goTo,
  indicatorStatus,
  institution,
  objectiveResult,
  openApp,
  reloadApp,
  useBrowser,
} from "./journey.mjs";

const shared = useBrowser();

/** Types into a field and leaves it, as a person does (the structure commits on change). */
async function setField(page, label, value) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press("Tab");
}

async function add(page, action, name) {
  await page.getByLabel(`Nombre para «${action}»`, { exact: true }).fill(name);
  await page.getByRole("button", { name: action, exact: true }).click();
}

/** Opens an indicator's form on the structure screen. */
async function openIndicator(page, code) {
  const item = page.locator(`[id="est-${code}"] > details`);
  if ((await item.getAttribute("open")) === null) await item.locator("summary").click();
}

async function defineIndicator(page, code, { unit, direction, cumulative, targets }) {
  await openIndicator(page, code);
  if (unit) await page.getByLabel(`Unidad de medida de ${code}`, { exact: true }).selectOption(unit);
  if (direction) await page.getByLabel(`Sentido de ${code}`, { exact: true }).selectOption(direction);
  if (cumulative) await page.getByLabel(`¿Acumulativo? de ${code}`, { exact: true }).selectOption("si");
  for (const [year, value] of Object.entries(targets)) {
    await page.getByLabel(`Meta ${year} de ${code}`, { exact: true }).fill(value);
  }
}

// A single target cannot tell the direction: the office declares it. One indicator is left
// undeclared to see that it is not judged until it is declared.
const INDICATORS = {
  "IND.01.OEI.01": { unit: "porcentaje", direction: "ascendente", targets: { 2025: "50" }, obtained: "55" }, // met
  "IND.01.OEI.02": { unit: "porcentaje", direction: "descendente", targets: { 2024: "20", 2025: "17" }, obtained: "16" }, // met: less is better
  "IND.01.AEI.01.01": { unit: "numero", direction: "ascendente", targets: { 2025: "100" }, obtained: "80" }, // not met
  "IND.02.AEI.01.01": { unit: "cantidad", direction: "ascendente", cumulative: true, targets: { 2025: "10" }, obtained: "12" }, // met
  "IND.01.AEI.01.02": { unit: "porcentaje", direction: "ascendente", targets: { 2025: "80" }, obtained: "60,5" }, // not met (decimal comma)
  "IND.01.AEI.02.01": { unit: "porcentaje", targets: { 2025: "30" }, obtained: "35" }, // sentido por definir
};

test("a plan built from nothing in the app is evaluated, undoes a delete and survives a reload", { timeout: 180_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Estructura");

  await page.getByText("Nuevo plan: empezar el plan de su entidad", { exact: false }).click();
  await page.getByLabel("Entidad", { exact: true }).first().fill("Municipalidad Distrital de Prueba");
  await page.getByLabel("Nombre del plan", { exact: true }).first().fill("Plan Estratégico Institucional 2024-2027");
  await page.getByLabel("Año de inicio", { exact: true }).first().fill("2024");
  await page.getByLabel("Año de fin", { exact: true }).first().fill("2027");
  // A slip is refused with the reason, and nothing is created.
  await page.getByLabel("Año que se evalúa", { exact: true }).fill("2030");
  await page.getByRole("button", { name: "Crear el plan" }).click();
  await expectText(page.locator(".nuevo-plan .campo-error"), /dentro del plan/);
  await page.getByLabel("Año que se evalúa", { exact: true }).fill("2025");
  await page.getByRole("button", { name: "Crear el plan" }).click();
  await expectText(page.locator(".barra-plan h2"), "Municipalidad Distrital de Prueba");
  await expectText(page.locator("#estructura-titulo"), "Estructura del plan");

  await add(page, "Añadir objetivo", "Mejorar la gestión institucional");
  await add(page, "Añadir objetivo", "Reducir la anemia infantil");
  await expectText(page.locator('[id="est-OEI.02"] .est-cabecera input').first(), "");
  assert.equal(await page.getByLabel("Código del OEI de OEI.02", { exact: true }).inputValue(), "OEI.02");
  await add(page, "Añadir AEI a OEI.01", "Procesos simplificados");
  await add(page, "Añadir AEI a OEI.01", "Personal capacitado");
  await add(page, "Añadir AEI a OEI.02", "Familias con consejería");
  await add(page, "Añadir indicador a OEI.01", "Porcentaje de trámites resueltos en plazo");
  await add(page, "Añadir indicador a OEI.02", "Prevalencia de anemia en menores de 3 años");
  await add(page, "Añadir indicador a AEI.01.01", "Número de procedimientos simplificados");
  await add(page, "Añadir indicador a AEI.01.01", "Servidores capacitados (acumulado)");
  await add(page, "Añadir indicador a AEI.01.02", "Porcentaje de servidores evaluados");
  await add(page, "Añadir indicador a AEI.02.01", "Porcentaje de familias con consejería");
  for (const [code, definition] of Object.entries(INDICATORS)) {
    await defineIndicator(page, code, definition);
  }
  // A target outside the unit's range is refused next to the field; the last good one stays.
  const target = page.getByLabel("Meta 2025 de IND.01.OEI.01", { exact: true });
  await target.fill("120");
  await expectText(page.locator('[id="est-IND.01.OEI.01-meta-2025-msg"]'), /máximo/);
  await target.fill("50");
  await expectText(page.locator('[id="est-IND.01.OEI.02"] summary'), /descendente/);

  await goTo(page, "Indicadores");
  for (const [code, { obtained }] of Object.entries(INDICATORS)) {
    await page.getByLabel(`Valor obtenido 2025 de ${code}`, { exact: true }).fill(obtained);
  }
  await expectText(indicatorStatus(page, "IND.01.AEI.02.01"), /^Sentido por definir/);
  await goTo(page, "Resumen");
  await expectText(objectiveResult(page, "OEI.01"), /^50\.00 %/);
  await expectText(objectiveResult(page, "OEI.02"), /^100\.00 %/);
  await expectText(institution(page), "75.00 %");

  // Deleting an objective that holds actions and indicators asks first, and can be undone.
  await goTo(page, "Estructura");
  await page.getByRole("button", { name: "Eliminar OEI.02" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Confirmar la eliminación" });
  await expectText(confirm, /1 acción y 2 indicadores/);
  await confirm.getByRole("button", { name: "Sí, eliminar" }).click();
  await expectText(page.locator('[id="est-OEI.02"]'), /./, { timeout: 100 }).then(
    () => assert.fail("OEI.02 is still there"),
    () => {},
  );
  await goTo(page, "Resumen");
  await expectText(institution(page), "50.00 %");
  await page.getByRole("button", { name: "↶ Deshacer" }).click();
  await expectText(institution(page), "75.00 %");
  await expectText(objectiveResult(page, "OEI.02"), /^100\.00 %/);
  // Ctrl+Y and Ctrl+Z outside a field: redo the deletion, undo it again.
  await page.locator("body").press("Control+y");
  await expectText(institution(page), "50.00 %");
  await page.locator("body").press("Control+z");
  await expectText(institution(page), "75.00 %");

  // The change log tells what was built, by whom.
  const draft = await page.evaluate(() => {
    const list = JSON.parse(localStorage.getItem("semaforo:borradores"));
    const id = list.drafts?.[0]?.id ?? list[0]?.id;
    return localStorage.getItem(`semaforo:borrador:${id}`);
  });
  assert.ok(draft, "the new plan is kept as a draft");

  await reloadApp(page, "75.00 %");
  await expectText(objectiveResult(page, "OEI.01"), /^50\.00 %/);
  await goTo(page, "Estructura");
  await openIndicator(page, "IND.01.OEI.02");
  assert.equal(await page.getByLabel("Sentido de IND.01.OEI.02", { exact: true }).inputValue(), "descendente");
  assert.equal(await page.getByLabel("Meta 2025 de IND.01.OEI.02", { exact: true }).inputValue(), "17");
  assert.match(clean(await page.locator(".barra-plan p").first().textContent()), /^Plan Estratégico Institucional 2024-2027 · Año/);
  assert.equal(await page.getByLabel("Año", { exact: true }).inputValue(), "2025");
  assert.equal(await page.getByLabel("Periodo", { exact: true }).inputValue(), "anual");
  await assertClean(page, watch);
  await context.close();
});

test("a target corrected on the Ilo example changes its figures, and undo puts it back", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Estructura");
  await openIndicator(page, "IND.01.OEI.02");
  // IND.01.OEI.02 obtained 40 against a target of 50: with a target of 40 it is met and OEI.02
  // goes from 75 % to 100 %.
  await page.getByLabel("Meta 2022 de IND.01.OEI.02", { exact: true }).fill("40");
  await goTo(page, "Resumen");
  await expectText(objectiveResult(page, "OEI.02"), /^100\.00 %/);
  await page.getByRole("button", { name: "↶ Deshacer" }).click();
  await expectText(objectiveResult(page, "OEI.02"), /^75\.00 %/);
  await goTo(page, "Estructura");
  await openIndicator(page, "IND.01.OEI.02");
  assert.equal(await page.getByLabel("Meta 2022 de IND.01.OEI.02", { exact: true }).inputValue(), "50");
  await assertClean(page, watch);
  await context.close();
});
