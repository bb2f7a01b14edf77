// Keyboard and screen-reader basics on every screen: each field has an accessible name, headings
// do not skip levels, and the focus is visible.

import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClean, freshProfile, goTo, openApp, useBrowser } from "./journey.mjs";

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
