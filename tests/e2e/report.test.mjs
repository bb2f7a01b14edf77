// The report a planning office hands in: built from the figures, its paragraphs editable and
// kept with the draft, printed to A4 PDF with the figures in its text.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import {
  ILO, assertClean, clean, expectText, freshProfile, goTo, meetOei02, openApp, reloadApp, useBrowser,
} from "./journey.mjs";
import { pdfText } from "./printing.mjs";

const shared = useBrowser();

test("the report prints to A4 with the report's figures and the corrected ones", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Informe");
  await expectText(page.getByTestId("informe-institucion"), ILO.institution);
  const paragraph = page.getByTestId("narrativa-OEI.01");
  await expectText(paragraph, /^De los 6 indicadores del OEI\.01, 1 alcanzó la meta/);

  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const text = pdfText(pdf).replace(/\s+/g, " ");
  const pages = (pdfText(pdf).match(/\f/g) || []).length;
  assert.ok(pages >= 5, `the report spans several A4 pages (${pages})`);
  for (const figure of ["40.11 %", "16.67 %", "75.00 %", "85.71 %", "28.57 %", "0.00 %", "45.95 %", "38.04 %"]) {
    assert.ok(text.includes(figure), `the printed report shows ${figure}`);
  }
  assert.ok(text.includes("Resultado institucional: 40.11 % ■ Rojo (la fuente declara 40.2 %)"), "the light prints as symbol and word, next to the source's figure");
  assert.ok(text.includes("2 OEI en verde, 2 OEI en naranja y 5 OEI en rojo"), "light counts in words");
  // The data-quality annex carries the report's own figures next to the corrected ones.
  assert.ok(text.includes("el documento declara 40.2 %"), "the stated 40.2 % is in the annex");
  assert.ok(text.includes("97,971,952.95") && text.includes("143,405,654.45"), "Tabla 03's stated and computed totals");
  // Controls do not print.
  for (const control of ["Guardar el plan en un archivo", "Imprimir o guardar como PDF", "Lectura estricta"]) {
    assert.ok(!text.includes(control), `"${control}" is not printed`);
  }
  await page.emulateMedia({ media: "screen" });
  await assertClean(page, watch);
  await context.close();
});

test("an edited paragraph and a conclusion are kept with the draft and exported; figures follow edits", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await meetOei02(page);
  await goTo(page, "Informe");
  await expectText(page.getByTestId("informe-institucion"), ILO.institutionAfter55);
  await expectText(page.getByTestId("narrativa-OEI.02"), /^De los 4 indicadores del OEI\.02, 4 alcanzaron la meta/);

  await page.locator("details", { hasText: "Editar el texto" }).filter({ has: page.locator("#narrativa-OEI\\.01") }).locator("summary").click();
  await page.locator("#narrativa-OEI\\.01").fill("Párrafo revisado por la Subgerencia de Planes.");
  await expectText(page.getByTestId("narrativa-OEI.01"), "Párrafo revisado por la Subgerencia de Planes.");
  await page.getByLabel("Texto de «Conclusiones»").fill("7.1 El POI tiene demasiadas actividades.");

  await reloadApp(page, ILO.institutionAfter55);
  await goTo(page, "Informe");
  await expectText(page.getByTestId("narrativa-OEI.01"), "Párrafo revisado por la Subgerencia de Planes.");
  assert.equal(await page.getByLabel("Texto de «Conclusiones»").inputValue(), "7.1 El POI tiene demasiadas actividades.");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Guardar el plan en un archivo" }).first().click()]);
  const plan = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(plan.report.narratives["OEI.01"], "Párrafo revisado por la Subgerencia de Planes.");
  assert.equal(plan.report.conclusions, "7.1 El POI tiene demasiadas actividades.");

  const [summary] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Resumen de la evaluación (JSON)" }).click()]);
  assert.match(summary.suggestedFilename(), /_2022_evaluacion\.json$/);
  const ev = JSON.parse(readFileSync(await summary.path(), "utf8"));
  assert.equal(ev.institution.result_pct, "42.88");
  assert.equal(ev.objectives[1].result_pct, "100.00");
  assert.equal(clean(await page.getByTestId("informe-institucion").textContent()), ILO.institutionAfter55);
  await assertClean(page, watch);
  await context.close();
});

test("the Excel workbook and the CSV tables download from the report with the engine's figures", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Informe");
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar Excel (.xlsx)" }).click()]);
  assert.equal(xlsx.suggestedFilename(), "municipalidad-provincial-de-ilo_plan-estrategico-institucional-2021-2025_2022_evaluacion.xlsx");
  const book = readFileSync(await xlsx.path());
  assert.equal(book.subarray(0, 2).toString("latin1"), "PK", "an .xlsx is a zip file");
  // Read it back with Python's zipfile: 8 sheets, and the institution (40.1058… %, shown 40.11 %) stored as a number, not text.
  const probe = execFileSync("python3", ["-c", `
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
sheets = sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
xml = z.read("xl/worksheets/sheet1.xml").decode()
print(len(sheets), "<v>0.40105820105820" in xml)
`, await xlsx.path()], { encoding: "utf8" }).trim();
  assert.equal(probe, "8 True");

  await page.getByText("Descargar tablas en CSV (una por tabla)").click();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV: Indicadores" }).click()]);
  assert.match(csv.suggestedFilename(), /_2022_indicadores\.csv$/);
  const text = readFileSync(await csv.path(), "utf8");
  assert.ok(text.startsWith("\uFEFF"), "UTF-8 with BOM so Excel reads accents");
  assert.ok(text.includes("Código") && text.includes("IND.01.OEI.01"), "header and rows");
  assert.ok(text.includes("\r\n"), "CRLF line ends");
  await assertClean(page, watch);
  await context.close();
});

// Issue 19: on an old PC the report's figure comes first and the rest is drawn in parts after it.
// Printing while parts are still missing draws them before the print dialog opens.
test("the report draws its figure first and the rest after it; printing early prints all of it", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  // Slow enough that the parts are still being drawn when the print button is pressed.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 20 });
  await page.evaluate(() => {
    window.__printed = [];
    window.print = () =>
      window.__printed.push({
        busy: document.querySelector(".informe[aria-busy]") !== null,
        diagnostics: document.querySelector("#diagnosticos-titulo") !== null,
        objectives: document.querySelectorAll('[data-testid^="narrativa-OEI."]').length,
      });
    // The print button is pressed the moment it appears, as an impatient user would; whether the
    // report was still drawing then is noted.
    const observer = new MutationObserver(() => {
      const button = [...document.querySelectorAll(".informe button")].find((b) => b.textContent.includes("Imprimir o guardar como PDF"));
      if (!button) return;
      observer.disconnect();
      window.__busyAtClick = document.querySelector(".informe[aria-busy]") !== null;
      button.click();
    });
    observer.observe(document.body, { subtree: true, childList: true });
  });
  await goTo(page, "Informe");
  await page.waitForFunction(() => window.__printed.length > 0, null, { timeout: 60_000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  assert.equal(await page.evaluate(() => window.__busyAtClick), true, "the report had finished drawing before the click: nothing was tested");
  assert.deepEqual(await page.evaluate(() => window.__printed), [{ busy: false, diagnostics: true, objectives: 9 }]);
  await expectText(page.getByTestId("informe-institucion"), ILO.institution);
  await assertClean(page, watch);
  await context.close();
});
