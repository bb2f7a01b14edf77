// Journey: a planner fills in a value, exports the plan as a file, and a colleague opens that file
// in another browser (a new profile), which holds only the untouched example: the file simply
// opens. Over a draft the user worked on, the app asks before touching it. The figures come out
// exactly as exported.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ILO,
  assertClean,
  clean,
  expectText,
  figures,
  freshProfile,
  goTo,
  indicatorStatus,
  institution,
  meetOei02,
  obtainedField,
  openApp,
  reloadApp,
  typeObtained,
  useBrowser,
} from "./journey.mjs";

const shared = useBrowser();
let dir;
let exported; // path of the file downloaded by the first test
let exportedFigures;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "semaforo-e2e-"));
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The "Abrir otro plan" dialog, once it is shown. */
async function importDialog(page) {
  const dialog = page.getByRole("dialog", { name: "Abrir otro plan" });
  await dialog.waitFor();
  await dialog.getByRole("heading", { name: "Abrir otro plan" }).waitFor();
  for (const name of ["Conservar ambos", "Reemplazar el borrador actual", "Cancelar"]) {
    assert.equal(await dialog.getByRole("button", { name, exact: true }).count(), 1, `no "${name}" button in the dialog`);
  }
  return dialog;
}

/** Drafts listed on the "Borradores y archivos" screen. */
async function draftCount(page) {
  await goTo(page, "Borradores y archivos");
  return page.locator("ul.borradores > li").count();
}

async function pickFile(page, path) {
  await goTo(page, "Borradores y archivos");
  await page.getByLabel("Abrir archivo de plan", { exact: true }).setInputFiles(path);
}

test("Guardar el plan en un archivo downloads the plan on screen with the user's values", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await meetOei02(page);
  await goTo(page, "Resumen");
  exportedFigures = await figures(page);
  assert.equal(exportedFigures.institution, ILO.institutionAfter55);

  const button = page.getByRole("button", { name: "Guardar el plan en un archivo", exact: true }).first();
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.equal(download.suggestedFilename(), ILO.exportName);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);

  const plan = JSON.parse(await readFile(path, "utf8"));
  assert.equal(plan.entity.name, "Municipalidad Provincial de Ilo");
  const indicator = plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === "IND.01.OEI.02");
  assert.ok(indicator, "IND.01.OEI.02 is not in the exported file");
  assert.equal(Number(indicator.obtained["2022"]), 55, `exported obtained value: ${JSON.stringify(indicator.obtained)}`);
  exported = path;

  await assertClean(page, watch);
  await context.close();
});

/** Makes the example the user's own work (a value typed), so opening a file asks about it. */
async function editExample(page) {
  await goTo(page, "Indicadores");
  await typeObtained(page, "IND.01.OEI.02", "45");
  await goTo(page, "Resumen");
  return figures(page);
}

test("a new browser opens the exported file at once (the untouched example is not asked about) and shows the same figures", { timeout: 60_000 }, async (t) => {
  if (!exported) return t.skip("the export test did not produce a file");
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  assert.equal(await draftCount(page), 1, "a new profile should hold the example as its only draft");

  await pickFile(page, exported);
  await expectText(institution(page), ILO.institutionAfter55);
  assert.equal(await page.getByRole("dialog", { name: "Abrir otro plan" }).count(), 0, "the untouched example made the user choose");
  await goTo(page, "Resumen");
  assert.deepEqual(await figures(page), exportedFigures);
  await goTo(page, "Indicadores");
  await expectText(indicatorStatus(page, "IND.01.OEI.02"), /^Cumplió/);
  // Checked at the end, so the rest of the journey is still checked when this is wrong.
  const shownAfterImport = await obtainedField(page, "IND.01.OEI.02").inputValue();

  // The example gave way to the file, which is what comes back after a reload.
  assert.equal(await draftCount(page), 1, "the untouched example stayed as a draft");
  await reloadApp(page, ILO.institutionAfter55);
  assert.deepEqual(await figures(page), exportedFigures);
  await goTo(page, "Indicadores");
  assert.equal(await obtainedField(page, "IND.01.OEI.02").inputValue(), "55", "after a reload");

  await assertClean(page, watch);
  assert.equal(shownAfterImport, "55", "right after opening, the field does not show the imported value the figures use");
  await context.close();
});

test("over the user's own draft, opening a file asks: Cancelar leaves it alone, Conservar ambos keeps both", { timeout: 60_000 }, async (t) => {
  if (!exported) return t.skip("the export test did not produce a file");
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  const initial = await editExample(page);

  await pickFile(page, exported);
  let dialog = await importDialog(page);
  assert.match(clean(await dialog.textContent()), new RegExp(ILO.exportName.replace(/\./g, "\\.")));
  // Nothing changed while the user decides.
  await expectText(institution(page), ILO.institution);
  await dialog.getByRole("button", { name: "Cancelar", exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  await goTo(page, "Resumen");
  assert.deepEqual(await figures(page), initial);
  assert.equal(await draftCount(page), 1);

  // The same file can be picked again after cancelling.
  await pickFile(page, exported);
  dialog = await importDialog(page);
  await dialog.getByRole("button", { name: "Conservar ambos", exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  await expectText(institution(page), ILO.institutionAfter55);
  await goTo(page, "Resumen");
  assert.deepEqual(await figures(page), exportedFigures);
  assert.equal(await draftCount(page), 2);
  await reloadApp(page, ILO.institutionAfter55);
  assert.deepEqual(await figures(page), exportedFigures);

  await assertClean(page, watch);
  await context.close();
});

test("Reemplazar el borrador actual replaces the user's draft in place", { timeout: 60_000 }, async (t) => {
  if (!exported) return t.skip("the export test did not produce a file");
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await editExample(page);

  await pickFile(page, exported);
  const dialog = await importDialog(page);
  await dialog.getByRole("button", { name: "Reemplazar el borrador actual", exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  await expectText(institution(page), ILO.institutionAfter55);
  assert.deepEqual(await figures(page), exportedFigures);
  await goTo(page, "Indicadores");
  const shownAfterReplace = await obtainedField(page, "IND.01.OEI.02").inputValue();
  assert.equal(await draftCount(page), 1, "replacing created another draft");

  await reloadApp(page, ILO.institutionAfter55);
  assert.deepEqual(await figures(page), exportedFigures);
  await goTo(page, "Indicadores");
  assert.equal(await obtainedField(page, "IND.01.OEI.02").inputValue(), "55", "after a reload");

  await assertClean(page, watch);
  assert.equal(shownAfterReplace, "55", "right after Reemplazar, the field does not show the imported value the figures use");
  await context.close();
});
