// Journey: printing. Ctrl+P on any screen prints something worth having (the screen's own layout,
// or the summary for the editing screens), never a blank page; the report prints values as
// formatted text, no input boxes, codes or paths, nothing for a section the office left empty
// (and says so before printing), no heading alone at a page's foot, whole chart labels with a
// legend, and the asterisk note only where an asterisk is.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ILO, assertClean, clean, expectText, freshProfile, goTo, openApp, useBrowser } from "./journey.mjs";
import { CODE_OR_PATH, printed } from "./printing.mjs";

const shared = useBrowser();

test("Ctrl+P on any screen prints a page worth having, headed by the plan and the screen", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  const screens = [
    ["Resumen", "Resumen", ILO.institution],
    ["Indicadores", "Indicadores", "IND.01.OEI.01"],
    ["Presupuesto", "Presupuesto", "S/"],
    ["Método", "Método", "Semáforo"],
    ["Estructura", "Resumen", ILO.institution],
    ["Borradores y archivos", "Resumen", ILO.institution],
  ];
  for (const [screen, shown, figure] of screens) {
    await goTo(page, screen);
    const { text } = await printed(page);
    assert.ok(text.trim().length > 400, `${screen} prints a (nearly) blank page: "${text.slice(0, 200)}"`);
    assert.ok(text.includes(`Municipalidad Provincial de Ilo — Plan Estratégico Institucional 2021-2025 · evaluación 2022`), `${screen}: no plan heading`);
    assert.ok(text.includes(`Pantalla «${shown}» de Semáforo`), `${screen} should print «${shown}»: ${text.slice(0, 300)}`);
    assert.ok(text.includes(figure), `${screen}: ${figure} is not printed`);
    assert.doesNotMatch(text, CODE_OR_PATH, `${screen} prints a code or a path`);
  }
  await assertClean(page, watch);
  await context.close();
});

test("the printed report: formatted text, no boxes, codes or empty sections, headings kept with what follows", { timeout: 180_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Informe");
  await expectText(page.getByTestId("informe-institucion"), ILO.institution);
  // The four sections the office writes are empty in the example: said before printing.
  const warning = page.getByTestId("secciones-vacias");
  await expectText(warning, "Antes de imprimir: «Contexto de la evaluación», «Conclusiones», «Recomendaciones» y «Medidas para la mejora continua» están vacías y no se imprimirán. Escríbalas más abajo, en el informe.");
  await page.getByLabel("Texto de «Conclusiones»").fill("El POI tiene demasiadas actividades.");
  await expectText(warning, /^Antes de imprimir: «Contexto de la evaluación», «Recomendaciones» y «Medidas para la mejora continua» están vacías/);

  await page.emulateMedia({ media: "print" });
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll("input, textarea, select")].filter((el) => el.getClientRects().length > 0).length,
  );
  const headings = await page.evaluate(() =>
    [...document.querySelectorAll(".informe h2, .informe h3, .informe h4, .informe caption")]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.textContent.replace(/\s+/g, " ").trim()),
  );
  const asterisks = await page.evaluate(() =>
    [...document.querySelectorAll(".informe-seccion")].map((s) => ({
      starred: [...s.querySelectorAll("td")].some((td) => td.textContent.trim().endsWith(" *")),
      note: s.querySelectorAll(".nota-tabla").length > 0,
    })),
  );
  const labels = await page.locator("#grafico-centros text.grafico-etiqueta").allTextContents();
  await page.emulateMedia({ media: "screen" });
  assert.equal(boxes, 0, "input boxes are printed");
  assert.ok(asterisks.some((s) => s.starred), "the example has verdict rows");
  for (const [i, s] of asterisks.entries()) assert.equal(s.note, s.starred, `section ${i}: asterisk note without an asterisk, or the reverse`);
  assert.ok(labels.length > 20 && labels.every((l) => !l.endsWith("…")), `cut chart labels: ${labels.filter((l) => l.endsWith("…"))}`);
  await expectText(page.getByTestId("leyenda-centros"), /hasta 100 % de lo programado.*más de 100 %/);

  const { text, pages } = await printed(page);
  // 43 A4 pages when measured (47 before the print layout was reworked).
  assert.ok(pages.length >= 20 && pages.length <= 46, `the report prints on ${pages.length} pages`);
  assert.doesNotMatch(text, CODE_OR_PATH, "a code or a path is printed");
  assert.ok(!text.includes("Contexto de la evaluación"), "an empty section's heading is printed");
  assert.ok(text.includes("Conclusiones El POI tiene demasiadas actividades."), "the written section is printed");
  assert.ok(!text.includes("Mostrar"), "a filter's label is printed");
  // Sortable headings are buttons on screen; on paper they are still the table's headings.
  assert.ok(text.includes("Código Centro de costo") && text.includes("Ejecutado (S/)"), "the cost-centre table's headings are not printed");
  // Executed amounts print as formatted text (S/ 4,784,664.34), never as typed (4784664.34).
  assert.ok(text.includes("4,784,664.34") && !text.includes("4784664.34"), "amounts are not formatted");
  // No page ends with a heading or a table caption.
  for (const [n, p] of pages.entries()) {
    const lines = p.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
    const last = lines.at(-1) ?? "";
    assert.ok(!headings.includes(last), `page ${n + 1} ends with the heading "${last}"`);
  }
  await assertClean(page, watch);
  await context.close();
});
