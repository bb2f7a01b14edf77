// Keyboard and screen-reader basics on every screen: each field has an accessible name, headings
// do not skip levels, and the focus is visible; axe-core finds nothing serious on any screen; and
// a whole task (open a file, type a value, export) is done with the keyboard alone.

import assert from "node:assert/strict";
import { test } from "node:test";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ILO, assertClean, expectText, freshProfile, goTo, institution, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();

const SCREENS = ["Resumen", "Indicadores", "Estructura", "Presupuesto", /^Diagnósticos/, "Informe", "Borradores y archivos"];

test("every field has a label and headings keep their order on every screen", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  for (const screen of SCREENS) {
    await goTo(page, screen);
    const problems = await page.evaluate(() => {
      const visible = (el) => !el.closest("[hidden]") && el.getClientRects().length > 0;
      const out = [];
      for (const el of document.querySelectorAll("input, select, textarea")) {
        if (!visible(el) && el.type !== "file") continue;
        const named = (el.labels && el.labels.length > 0) || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
        if (!named) out.push(`unlabelled ${el.tagName.toLowerCase()}#${el.id || "?"}`);
      }
      let last = 1;
      for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
        if (!visible(h)) continue;
        const level = Number(h.tagName[1]);
        if (level > last + 1) out.push(`heading jumps from h${last} to h${level}: ${h.textContent.trim().slice(0, 60)}`);
        last = level;
      }
      return out;
    });
    assert.deepEqual(problems, [], `screen ${screen}`);
  }
  // The focus ring is visible: tabbing to the first screen button gives it an outline.
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "focused element shows an outline");
  await assertClean(page, watch);
  await context.close();
});

// axe-core, the standard checker, on every screen and on the start panel. Serious and critical
// findings fail; the list of the others is printed so a newcomer sees what is left.
const EVERY_SCREEN = ["Resumen", "Indicadores", "Estructura", "Presupuesto", /^Diagnósticos/, "Método", "Informe", "Compartir", "Borradores y archivos"];
const AXE = fileURLToPath(import.meta.resolve("axe-core/axe.min.js"));

async function axe(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      where: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
}

test("axe finds nothing serious or critical on the start panel and on any screen", { timeout: 240_000 }, async () => {
  // The checker is injected as a script, which the page's policy rightly refuses: this profile
  // alone bypasses it.
  const { context, page } = await freshProfile(shared, { bypassCSP: true });
  await openApp(page, shared);
  const found = [];
  const check = async (where) => {
    for (const v of await axe(page)) found.push({ screen: where, ...v });
  };
  await check("panel de inicio");
  await page.getByTestId("bienvenida").getByRole("button", { name: "Ejemplos para aprender" }).click();
  await page.getByTestId("galeria").getByRole("list").waitFor({ timeout: 20_000 });
  await check("ejemplos para aprender");
  for (const screen of EVERY_SCREEN) {
    await goTo(page, screen);
    await check(String(screen));
  }
  // A link's answer (the Ilo plan is refused as too large for one).
  await goTo(page, "Compartir");
  await page.getByRole("button", { name: "Crear enlace" }).click();
  await page.getByRole("alert").filter({ hasText: "demasiado grande" }).waitFor();
  await check("compartir por enlace");
  // The workshop's views: a trial with a change, the projector view, a practice with an answer.
  await page.getByRole("button", { name: "Probar cambios (modo taller)" }).click();
  await goTo(page, "Indicadores");
  await page.getByLabel("Valor obtenido 2022 de IND.01.OEI.02", { exact: true }).fill("55");
  await page.getByTestId("taller-resultados").waitFor({ timeout: 20_000 });
  await check("probar cambios");
  await page.getByRole("button", { name: "Terminar la prueba" }).click();
  await page.getByRole("button", { name: "Paso a paso (proyector)" }).click();
  await page.getByRole("dialog", { name: "Paso a paso" }).waitFor({ timeout: 20_000 });
  await page.keyboard.press("ArrowRight");
  await check("paso a paso");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Inicio", exact: true }).click();
  await page.getByTestId("bienvenida").getByRole("button", { name: "Ejemplos para aprender" }).click();
  await page.getByRole("button", { name: "Practicar con «Ascendente y descendente»" }).click();
  await page.getByLabel("¿Cumplió IND.01.OEI.01?").selectOption("Cumplió");
  await page.getByTestId("practica-respuesta").first().waitFor({ timeout: 20_000 });
  await check("práctica");
  const minor = found.filter((v) => v.impact !== "serious" && v.impact !== "critical");
  for (const v of minor) console.log(`[axe] ${v.impact} ${v.id} (${v.help}) on ${v.screen}: ${v.where.join(", ")}`);
  const serious = found.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(serious, [], "axe: serious or critical violations");
  await context.close();
});

/** Presses Tab until the focused element is the one `name` describes (its label or its text). */
async function tabTo(page, name, { max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return "";
      const label = el.getAttribute("aria-label") || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || "";
      return label.replace(/\s+/g, " ").trim();
    });
    if (name instanceof RegExp ? name.test(here) : here === name) return;
  }
  assert.fail(`the keyboard never reached ${name}`);
}

test("keyboard only: open a plan file, type a value, export the plan", { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), "semaforo-teclado-"));
  const plan = JSON.parse(await readFile(new URL("../../public/ejemplos/ilo-2022.json", import.meta.url), "utf8"));
  plan.entity.name = "Municipalidad de Prueba del Teclado";
  const file = join(dir, "plan-teclado.json");
  await writeFile(file, JSON.stringify(plan));
  const { context, page, watch } = await freshProfile(shared);
  try {
    await openApp(page, shared);
    await page.locator("body").focus();

    // The file field, reached and opened with the keyboard. The start panel may still be drawn
    // again while the first draft is saved, taking the focus with it: then Tab there again.
    let chooser = null;
    for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
      await tabTo(page, "Abrir un archivo recibido");
      [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 5_000 }).catch(() => null), page.keyboard.press("Space")]);
    }
    assert.ok(chooser, "Space on the focused file field never opened the file chooser");
    await chooser.setFiles(file);
    // The browser tab's title follows the plan on screen.
    for (let i = 0; i < 200 && !/Prueba del Teclado/.test(await page.title()); i++) await page.waitForTimeout(50);
    assert.match(await page.title(), /^Municipalidad de Prueba del Teclado · Semáforo$/);

    // To Indicadores and into a value, by keyboard.
    await tabTo(page, "Indicadores");
    await page.keyboard.press("Enter");
    await tabTo(page, "Valor obtenido 2022 de IND.01.OEI.02");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("55");
    await page.keyboard.press("Tab");
    await expectText(institution(page), ILO.institutionAfter55);

    // The plan goes out as a file, by keyboard.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      (async () => {
        await tabTo(page, "Guardar el plan en un archivo");
        await page.keyboard.press("Enter");
      })(),
    ]);
    assert.match(download.suggestedFilename(), /^municipalidad-de-prueba-del-teclado_.*\.json$/);
    await assertClean(page, watch);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
