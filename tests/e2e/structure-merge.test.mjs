// Journey: a unit changes a target in its copy and sends it back. At the planning office the
// change comes in as a decision, never by itself: not accepted, the plan keeps its target; accepted,
// the target changes and the figures follow.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertClean, clean, expectText, freshProfile, goTo, objectiveResult, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();
const UNIT = "Subgerencia de Participación Ciudadana";
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "semaforo-structure-merge-"));
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test("a target changed in a unit's copy comes back as a decision, not a silent change", { timeout: 150_000 }, async () => {
  // The office sends the copy.
  const office = await freshProfile(shared);
  await openApp(office.page, shared);
  await goTo(office.page, "Compartir");
  const copy = await download(office.page, () =>
    office.page.getByTestId("tabla-unidades").getByRole("button", { name: `Descargar copia para ${UNIT}`, exact: true }).click(),
  );

  // The unit lowers a target (50 → 40) on Estructura and sends its file back.
  const unit = await freshProfile(shared);
  await openApp(unit.page, shared);
  await goTo(unit.page, "Borradores y archivos");
  await unit.page.getByLabel("Abrir archivo de plan", { exact: true }).setInputFiles(copy);
  await goTo(unit.page, "Estructura");
  await unit.page.locator('[id="est-IND.01.OEI.02"] > details > summary').click();
  await unit.page.getByLabel("Meta 2022 de IND.01.OEI.02", { exact: true }).fill("40");
  await goTo(unit.page, "Resumen");
  await expectText(objectiveResult(unit.page, "OEI.02"), /^100\.00 %/);
  const back = await download(unit.page, () => unit.page.getByRole("button", { name: "Guardar el plan en un archivo", exact: true }).click());
  const sent = JSON.parse(await readFile(back, "utf8"));
  assert.ok(sent.history.some((e) => e.field === "meta/IND.01.OEI.02/2022" && e.by === UNIT), "the change is logged under the unit");
  await assertClean(unit.page, unit.watch);
  await unit.context.close();

  // At the office: offered, not applied.
  const { page } = office;
  await page.getByLabel("Archivos devueltos por las unidades", { exact: true }).setInputFiles(back);
  const change = page.getByTestId("cambio-estructura");
  await expectText(change.locator("li"), "IND.01.OEI.02 · meta 2022: 50 → 40", { timeout: 10_000 });
  await expectText(page.getByText(/^Cambios a la estructura del plan: decida cada uno/), /\(1\)$/);
  assert.equal(await change.getByRole("checkbox").isChecked(), false);
  await page.getByRole("button", { name: "Incorporar", exact: true }).click();
  await expectText(page.getByTestId("resumen-fusion"), /Cambios de estructura no aceptados/);
  await goTo(page, "Resumen");
  await expectText(objectiveResult(page, "OEI.02"), /^75\.00 %/);

  // Offered again, and accepted this time.
  await goTo(page, "Compartir");
  await page.getByLabel("Archivos devueltos por las unidades", { exact: true }).setInputFiles(back);
  await page.getByLabel(/^Aceptar este cambio de «/).check();
  await page.getByRole("button", { name: "Incorporar", exact: true }).click();
  await goTo(page, "Resumen");
  await expectText(objectiveResult(page, "OEI.02"), /^100\.00 %/);
  assert.match(clean(await page.locator("body").textContent()), /./);
  await assertClean(page, office.watch);
  await office.context.close();
});
