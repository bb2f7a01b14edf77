// Journey: a planning office downloads the Excel template, fills it outside the app — here a
// script writes the sheets as Spanish-locale Excel saves CSV: semicolons, decimal commas,
// Windows-1252, columns in another order, headers with accents and synonyms — and imports it.
// A preview says what will be created before anything changes; the plan then gives the expected
// results. A file with errors lists every one, at its sheet, row and column, and imports nothing.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertClean, clean, expectText, freshProfile, goTo, institution, objectiveResult, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "semaforo-template-"));
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The file names inside a zip (an .xlsx is one), read from its central directory. */
function zipEntries(bytes) {
  const names = [];
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, "not a zip file");
  let at = bytes.readUInt32LE(end + 16);
  for (let i = bytes.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return names;
}

/** A CSV as Excel in Spanish saves it: `;`, CRLF, Windows-1252 (latin1 covers the accents used). */
async function csv(name, rows) {
  const text = rows.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(";")).join("\r\n") + "\r\n";
  const path = join(dir, name);
  await writeFile(path, Buffer.from(text, "latin1"));
  return path;
}

const PLAN_ROWS = [
  ["Campo", "Valor"],
  ["Nombre de la entidad", "Municipalidad Distrital de Ñuñoa Alta"],
  ["Nivel de gobierno", "Local distrital"],
  ["Nombre del plan", "Plan Estratégico Institucional 2024-2027"],
  ["Año de inicio", "2024"],
  ["Año de fin", "2027"],
  ["Año evaluado", "2025"],
  ["Periodo evaluado", "Anual"],
];

// The flat layout many offices keep: one row per indicator with its objective and action, columns
// in their own order, "Logro esperado" for the target and "Valor obtenido" for the value.
const INDICATOR_HEADER = ["Valor obtenido", "Nombre del indicador", "CÓDIGO", "Unidad de Medida", "Sentido esperado", "Logro esperado 2025", "Código OEI", "Nombre OEI", "Código AEI", "Nombre AEI"];
const INDICATOR_ROWS = [
  ["55,5", "Porcentaje de trámites en plazo", "IND.01.OEI.01", "Porcentaje", "Ascendente", "50", "OEI.01", "Gestión moderna", "", ""],
  ["16", "Prevalencia de anemia", "IND.01.OEI.02", "Porcentaje", "Descendente", "17,5", "OEI.02", "Niñez sana", "", ""],
  ["80", "Procedimientos simplificados", "IND.01.AEI.01.01", "Número", "ASCENDENTE", "100", "OEI.01", "Gestión moderna", "AEI.01.01", "Procesos simples"],
  ["35", "Familias con consejería", "IND.01.AEI.02.01", "Porcentaje", "ascendente", "30", "OEI.02", "Niñez sana", "AEI.02.01", "Consejería"],
];

test("the template downloads, and the office's CSV files import with a preview and give the expected results", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Borradores y archivos");

  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Descargar plantilla vacía (.xlsx)", exact: true }).click(),
  ]);
  assert.equal(file.suggestedFilename(), "plantilla-semaforo.xlsx");
  const path = join(dir, "plantilla.xlsx");
  await file.saveAs(path);
  const entries = zipEntries(await readFile(path));
  assert.ok(entries.includes("xl/workbook.xml"), `not a workbook: ${entries}`);
  const workbook = (await readFile(path)).length;
  assert.ok(workbook > 1000);

  const plan = await csv("Plan.csv", PLAN_ROWS);
  const indicators = await csv("Indicadores.csv", [INDICATOR_HEADER, ...INDICATOR_ROWS]);
  await page.getByLabel("Importar plan desde Excel o CSV", { exact: true }).setInputFiles([plan, indicators]);
  const preview = page.getByTestId("vista-previa-importacion");
  await expectText(preview.locator("strong"), /se creará un plan con 2 OEI, 2 AEI, 4 indicadores, 4 valores obtenidos/, { timeout: 30_000 });
  // Nothing changed yet: the example is still on screen.
  await expectText(page.locator(".barra-plan h2"), "Municipalidad Provincial de Ilo");
  await preview.getByRole("button", { name: "Importar", exact: true }).click();
  await expectText(page.locator(".barra-plan h2"), "Municipalidad Distrital de Ñuñoa Alta");
  await goTo(page, "Resumen");
  // OEI.01: 55.5 ≥ 50 met, 80 < 100 not met → 50 %; OEI.02: 16 ≤ 17.5 met, 35 ≥ 30 met → 100 %.
  await expectText(objectiveResult(page, "OEI.01"), /^50\.00 %/);
  await expectText(objectiveResult(page, "OEI.02"), /^100\.00 %/);
  await expectText(institution(page), "75.00 %");
  await assertClean(page, watch);
  await context.close();
});

test("a template with errors lists every one at its sheet, row and column and imports nothing", { timeout: 90_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Borradores y archivos");
  const plan = await csv("Plan.csv", PLAN_ROWS);
  const bad = [
    ["ochenta", "Porcentaje de trámites en plazo", "IND.01.OEI.01", "Kilos", "Ascendente", "50", "OEI.01", "Gestión moderna", "", ""],
    ["16", "Prevalencia de anemia", "IND.01.OEI.01", "Porcentaje", "Descendente", "120", "OEI.02", "Niñez sana", "", ""],
  ];
  const indicators = await csv("Indicadores.csv", [INDICATOR_HEADER, ...bad]);
  await page.getByLabel("Importar plan desde Excel o CSV", { exact: true }).setInputFiles([plan, indicators]);
  const preview = page.getByTestId("vista-previa-importacion");
  await expectText(preview.locator("strong"), /errores; no se importa nada/, { timeout: 30_000 });
  const problems = (await preview.getByTestId("problemas-importacion").locator("li.campo-error").allTextContents()).map(clean);
  const has = (re) => assert.ok(problems.some((p) => re.test(p)), `no problem matches ${re}:\n${problems.join("\n")}`);
  has(/Indicadores.*fila 2.*columna D.*Kilos/);
  has(/Indicadores.*fila 2.*columna A.*ochenta/);
  has(/Indicadores.*fila 3.*IND\.01\.OEI\.01/);
  has(/Indicadores.*fila 3.*columna F.*120/);
  assert.equal(await preview.getByRole("button", { name: "Importar", exact: true }).count(), 0);
  await expectText(page.locator(".barra-plan h2"), "Municipalidad Provincial de Ilo");
  await assertClean(page, watch);
  await context.close();
});

test("a spreadsheet picked as a plan file says what it is and where to import it", { timeout: 60_000 }, async () => {
  const { context, page } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Borradores y archivos");
  const path = await csv("Indicadores.csv", [INDICATOR_HEADER, ...INDICATOR_ROWS]);
  await page.getByLabel("Abrir archivo de plan", { exact: true }).setInputFiles(path);
  await expectText(page.locator(".aviso-error"), /es una tabla CSV, no un archivo de plan.*Importar plan desde Excel o CSV/);
  await context.close();
});
