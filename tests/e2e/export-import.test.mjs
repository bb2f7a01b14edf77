// Journey: a planner fills in a value, exports the plan as a file, and a colleague opens that file
// in another browser (a new profile), which already holds the example as its draft: the app asks
// before touching that draft, and the figures come out exactly as exported.

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

test("a new browser opens the exported file with Conservar ambos and shows the same figures", { timeout: 60_000 }, async (t) => {
  if (!exported) return t.skip("the export test did not produce a file");
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  assert.equal(await draftCount(page), 1, "a new profile should hold the example as its only draft");

  await pickFile(page, exported);
  const dialog = await importDialog(page);
  assert.match(clean(await dialog.textContent()), new RegExp(ILO.exportName.replace(/\./g, "\\.")));
  // Nothing changed while the user decides.
  await expectText(institution(page), ILO.institution);

  await dialog.getByRole("button", { name: "Conservar ambos", exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  await expectText(institution(page), ILO.institutionAfter55);
  await goTo(page, "Resumen");
  assert.deepEqual(await figures(page), exportedFigures);
  await goTo(page, "Indicadores");
  await expectText(indicatorStatus(page, "IND.01.OEI.02"), /^Cumplió/);
  // Checked at the end, so the rest of the journey is still checked when this is wrong.
  const shownAfterImport = await obtainedField(page, "IND.01.OEI.02").inputValue();

  // Both drafts are kept, and the imported one is what comes back after a reload.
  assert.equal(await draftCount(page), 2);
  await reloadApp(page, ILO.institutionAfter55);
  assert.deepEqual(await figures(page), exportedFigures);
  await goTo(page, "Indicadores");
  assert.equal(await obtainedField(page, "IND.01.OEI.02").inputValue(), "55", "after a reload");

  await assertClean(page, watch);
  assert.equal(shownAfterImport, "55", "right after Conservar ambos, the field does not show the imported value the figures use");
  await context.close();
});

test("Cancelar leaves the draft alone; Reemplazar el borrador actual replaces it in place", { timeout: 60_000 }, async (t) => {
  if (!exported) return t.skip("the export test did not produce a file");
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  const initial = await figures(page);

  await pickFile(page, exported);
  let dialog = await importDialog(page);
  await dialog.getByRole("button", { name: "Cancelar", exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  await expectText(institution(page), ILO.institution);
  assert.deepEqual(await figures(page), initial);
  assert.equal(await draftCount(page), 1);

  // The same file can be picked again after cancelling.
  await pickFile(page, exported);
  dialog = await importDialog(page);
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
