// Journey: the planning office sends the Ilo plan to three units, each unit fills its values in its
// own browser and sends the file back, two units disagree on one value, and the office merges the
// three files at once: the conflict is shown side by side, the office chooses, and every merged
// value says where it came from. A file whose history was rewritten by hand is flagged.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ILO,
  assertClean,
  clean,
  expectText,
  freshProfile,
  goTo,
  expectAttribute,
  indicatorStatus,
  institution,
  obtainedField,
  openApp,
  screenButton,
  typeObtained,
  useBrowser,
} from "./journey.mjs";

const shared = useBrowser();
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "semaforo-sharing-"));
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const UNITS = {
  seguridad: "Subgerencia de Seguridad Ciudadana",
  participacion: "Subgerencia de Participación Ciudadana",
  urbano: "Gerencia de Desarrollo Urbano Ambiental",
};
// What each unit types. Seguridad and Urbano both fill IND.01.OEI.09 (not theirs), differently.
const EDITS = {
  seguridad: { "IND.01.OEI.03": "8", "IND.01.OEI.09": "61" },
  participacion: { "IND.01.OEI.02": "55" },
  urbano: { "IND.01.OEI.04": "100", "IND.01.OEI.09": "70" },
};
const OEI09_UNIT = "Subgerencia de Programas de Complementación Alimentaria y Protección Social";
// OEI.02 → 100 %, OEI.03 → 2/5, OEI.04 → 3/8, OEI.09 → 1/3 with 70 chosen: the mean of the nine OEI is 50.20 %
// (the command line's `semaforo evaluate` gives the same for these values).
const MERGED_INSTITUTION = "50.20 %";

/** The indicators a unit answers for, in plan order (as the engine's assign::indicator_unit). */
function ownIndicators(plan, unit) {
  const pick = (...units) => units.map((u) => u?.trim()).find((u) => u);
  const out = [];
  for (const o of plan.objectives) {
    for (const i of o.indicators ?? []) if (pick(i.responsible, o.responsible) === unit) out.push(i.code);
    for (const a of o.actions ?? []) {
      for (const i of a.indicators ?? []) if (pick(i.responsible, a.responsible, o.responsible) === unit) out.push(i.code);
    }
  }
  return out;
}

/** Codes of the indicator rows on the Indicadores screen, in order. */
async function shownIndicators(page) {
  return page.locator("section[aria-labelledby='indicadores-titulo'] tbody > tr[id^='ind-']").evaluateAll((rows) => rows.map((r) => r.id.slice(4)));
}

/** A table row's cells, as text. */
async function cells(row) {
  return (await row.locator("th, td").allTextContents()).map(clean);
}

const copies = {};
const returned = {};

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test("the office names itself and downloads one copy per unit", { timeout: 90_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await page.getByLabel("Su nombre o unidad", { exact: true }).fill("Planeamiento");
  await page.getByLabel("Su nombre o unidad", { exact: true }).press("Tab");
  await goTo(page, "Compartir");
  const units = page.getByTestId("tabla-unidades");
  for (const [key, unit] of Object.entries(UNITS)) {
    const button = units.getByRole("button", { name: `Descargar copia para ${unit}`, exact: true });
    copies[key] = await download(page, () => button.click());
    const plan = JSON.parse(await readFile(copies[key], "utf8"));
    assert.equal(plan.sharing.for_unit, unit);
    assert.equal(plan.format_version, 2);
  }
  assert.equal(new Set(Object.values(copies)).size, 3, "each copy has its own file name");
  await assertClean(page, watch);
  await context.close();
});

for (const key of Object.keys(UNITS)) {
  test(`the ${key} unit opens its copy, sees its items first, fills values and sends the file back`, { timeout: 90_000 }, async (t) => {
    if (!copies[key]) return t.skip("no copy was downloaded");
    const { context, page, watch } = await freshProfile(shared);
    await openApp(page, shared);
    await goTo(page, "Borradores y archivos");
    await page.getByLabel("Abrir archivo de plan", { exact: true }).setInputFiles(copies[key]);
    // The copy opens where the unit works: Indicadores, showing only the unit's indicators.
    await expectAttribute(screenButton(page, "Indicadores"), "aria-current", "page");
    const own = ownIndicators(JSON.parse(await readFile(copies[key], "utf8")), UNITS[key]);
    await expectText(page.getByTestId("aviso-unidad").locator("p"), new RegExp(`^Copia para «${UNITS[key]}»: ${own.length} indicador`));
    // The unit's name is taken from the copy, so its edits are logged under it.
    assert.equal(await page.getByLabel("Su nombre o unidad", { exact: true }).inputValue(), UNITS[key]);
    assert.deepEqual(await shownIndicators(page), own, "the copy lists other units' indicators before asking");
    assert.equal(await page.getByTestId("separador-ajenos").count(), 0);
    for (const [code, value] of Object.entries(EDITS[key]).filter(([code]) => own.includes(code))) {
      await typeObtained(page, code, value);
    }
    // Another unit's value: shown on request, set apart, read-only until unlocked.
    const others = Object.entries(EDITS[key]).filter(([code]) => !own.includes(code));
    if (others.length) {
      await page.getByLabel("Mostrar también los indicadores de otras unidades", { exact: true }).check();
      await expectText(page.getByTestId("separador-ajenos"), /^Indicadores de otras unidades: cada unidad llena los suyos\. Solo lectura\.$/);
      const shownAll = await shownIndicators(page);
      assert.deepEqual(shownAll.slice(0, own.length), own, "the unit's own indicators come first");
      const field = obtainedField(page, others[0][0]);
      assert.equal(await field.evaluate((el) => el.readOnly), true, "another unit's value can be typed without unlocking");
      await page.getByLabel(/^Permitir editar los valores de otras unidades/).check();
      assert.equal(await field.evaluate((el) => el.readOnly), false);
      for (const [code, value] of others) {
        await typeObtained(page, code, value);
      }
    }
    await expectText(indicatorStatus(page, Object.keys(EDITS[key])[0]), /^Cumplió/);
    returned[key] = await download(page, () => page.getByRole("button", { name: "Guardar el plan en un archivo", exact: true }).click());
    assert.match(returned[key], /_de-/, "a unit's file is named after the unit");
    // The unit is told the file's name, where browsers put it, and where it goes next.
    await expectText(page.getByRole("status").first(), /Se guardó «[^»]+_de-[^»]+\.json»\. El navegador lo deja en su carpeta de descargas .*Envíelo a la oficina de planeamiento/);
    const plan = JSON.parse(await readFile(returned[key], "utf8"));
    assert.equal(plan.history.length, Object.keys(EDITS[key]).length, "one log entry per value typed");
    assert.ok(plan.history.every((e) => e.by === UNITS[key] && e.origin.kind === "typed"));
    await assertClean(page, watch);
    await context.close();
  });
}

test("the office merges the three files, decides the one conflict and sees where each value came from", { timeout: 120_000 }, async (t) => {
  if (Object.keys(returned).length !== 3) return t.skip("not every unit returned a file");
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await page.getByLabel("Su nombre o unidad", { exact: true }).fill("Planeamiento");
  await page.getByLabel("Su nombre o unidad", { exact: true }).press("Tab");
  await goTo(page, "Compartir");
  await page.getByLabel("Archivos devueltos por las unidades", { exact: true }).setInputFiles(Object.values(returned));

  const files = page.getByTestId("archivos-fusion");
  await expectText(files.locator("tbody tr").nth(2), /Historial íntegro/, { timeout: 10_000 });
  // A unit that typed a value another unit answers for is flagged, naming the indicator.
  const seguridadFile = files.locator("tbody tr", { hasText: UNITS.seguridad });
  assert.match(clean(await seguridadFile.textContent()), new RegExp(`Cambió 1 valor de otras unidades.*IND\\.01\\.OEI\\.09 «.+» · valor obtenido 2022 \\(${OEI09_UNIT}\\)`));
  assert.equal(await seguridadFile.evaluate((tr) => tr.classList.contains("fila-alerta")), true);
  const participacionFile = files.locator("tbody tr", { hasText: UNITS.participacion });
  assert.doesNotMatch(clean(await participacionFile.textContent()), /otras unidades/);
  const takes = page.getByTestId("valores-fusion");
  await expectText(takes.locator("caption"), "Valores que se incorporarán sin conflicto (3)");
  const conflict = page.getByTestId("conflicto-obtenido/IND.01.OEI.09/2022");
  assert.match(clean(await conflict.textContent()), /Mantener el valor actual: 60/);
  const seguridad = clean(await conflict.getByTestId("opcion-0").textContent());
  const urbano = clean(await conflict.getByTestId("opcion-1").textContent());
  assert.match(seguridad, new RegExp(`^61 — de «.+» \\(${UNITS.seguridad}, \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\) ⚠ fuera de su unidad: lo llena «${OEI09_UNIT}»$`));
  assert.match(urbano, new RegExp(`^70 — de «.+» \\(${UNITS.urbano}, `));
  // Nothing was written while the office looks at the conflict.
  await expectText(institution(page), ILO.institution);

  await conflict.getByTestId("opcion-1").getByRole("radio").check();
  await page.getByRole("button", { name: "Incorporar", exact: true }).click();
  const summary = page.getByTestId("resumen-fusion");
  await expectText(summary.locator("h4"), "Qué vino de cada archivo");
  const summaryText = clean(await summary.textContent());
  for (const path of Object.values(returned)) {
    assert.ok(summaryText.includes(path.split("/").pop()), `summary does not name ${path}: ${summaryText}`);
  }
  await expectText(page.getByTestId("estado-historial"), "Historial íntegro: 4 cambios, cada uno encadenado al anterior.");
  await expectText(institution(page), MERGED_INSTITUTION);

  // The explanation panel says who entered the chosen value, from which file, and that it was chosen.
  await goTo(page, "Indicadores");
  const row = page.getByTestId("ind-IND.01.OEI.09");
  await row.getByText("¿Cómo se calculó?").click();
  const origin = clean(await row.getByTestId("origen").textContent());
  assert.match(origin, new RegExp(`${UNITS.urbano} lo ingresó el .+; Planeamiento lo incorporó desde «.+» el .+ \\(elegido entre valores en conflicto\\)`));
  await expectText(indicatorStatus(page, "IND.01.OEI.09"), /^Cumplió/);

  // The same files again bring no new value and ask nothing: the value that lost the conflict
  // was logged with the decision.
  await goTo(page, "Compartir");
  await page.getByLabel("Archivos devueltos por las unidades", { exact: true }).setInputFiles(Object.values(returned));
  await expectText(page.getByTestId("valores-fusion").locator("caption"), "Valores que se incorporarán sin conflicto (0)", { timeout: 10_000 });
  assert.equal(await conflict.count(), 0, "a conflict already decided is asked again");
  await page.getByRole("button", { name: "Descartar", exact: true }).click();

  // A returned file whose history was edited by hand is flagged before anything is merged.
  const tampered = JSON.parse(await readFile(returned.seguridad, "utf8"));
  tampered.history[0].new = "9";
  const tamperedPath = join(dir, "seguridad-alterado.json");
  await writeFile(tamperedPath, JSON.stringify(tampered));
  await page.getByLabel("Archivos devueltos por las unidades", { exact: true }).setInputFiles(tamperedPath);
  await expectText(page.getByTestId("archivos-fusion").locator("tbody tr").first(), /Historial alterado a partir del cambio n\.º 1/, { timeout: 10_000 });
  await page.getByRole("button", { name: "Descartar", exact: true }).click();

  await assertClean(page, watch);
  await context.close();
});

test("the office compares the plan with a unit's version: results side by side and every difference", { timeout: 60_000 }, async (t) => {
  if (!returned.participacion) return t.skip("the unit did not return a file");
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Compartir");
  await page.getByLabel("Otra versión del plan para comparar", { exact: true }).setInputFiles(returned.participacion);
  const results = page.getByTestId("comparar-resultados");
  // 40.1058… % → 42.8836… %: the change is computed before rounding.
  await expectText(results.locator("tbody tr").first().locator("th").first(), "Institución", { timeout: 10_000 });
  assert.deepEqual(await cells(results.locator("tbody tr").first()), ["Institución", ILO.institution, ILO.institutionAfter55, "+2.78 pp"]);
  const diffs = page.getByTestId("comparar-diferencias");
  await expectText(diffs.locator("caption"), "Diferencias de A a B (1)");
  assert.deepEqual(await cells(diffs.locator("tbody tr").first()), ["Valor obtenido", "IND.01.OEI.02", "valor obtenido 2022", "40", "55"]);
  // Evaluating against the other version: it opens like any file (over the untouched example,
  // without asking).
  await page.getByRole("button", { name: "Abrir B para evaluarla y editarla", exact: true }).click();
  // B is a unit's copy: it opens on that unit's indicators.
  await expectAttribute(screenButton(page, "Indicadores"), "aria-current", "page");
  await goTo(page, "Resumen");
  await expectText(institution(page), ILO.institutionAfter55);
  await assertClean(page, watch);
  await context.close();
});
