// Text from a plan file is shown as text, never run as HTML or script, and the page keeps its
// Content-Security-Policy (own files only, no remote connections).

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { assertClean, expectText, freshProfile, goTo, institution, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();
const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;

test("hostile names in a plan file are shown literally and never executed", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  const plan = JSON.parse(await readFile(new URL("../../public/ejemplos/ilo-2022.json", import.meta.url), "utf8"));
  plan.entity.name = `Municipalidad ${HOSTILE}`;
  plan.objectives[0].name = HOSTILE;
  plan.objectives[0].indicators[0].name = HOSTILE;
  plan.source_notes = [HOSTILE];

  await goTo(page, "Borradores y archivos");
  await page.getByLabel("Abrir archivo de plan", { exact: true }).setInputFiles({
    name: "plan-hostil.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(plan), "utf8"),
  });
  await expectText(institution(page), "40.11 %");
  for (const screen of ["Resumen", "Indicadores", "Informe", /^Diagnósticos/]) {
    await goTo(page, screen);
    await page.waitForTimeout(100);
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "script from the file ran");
  assert.equal(await page.locator("img[src='x'], main script").count(), 0, "markup from the file became elements");
  assert.ok((await page.locator("main").innerText()).includes("<script>window.__pwned=2</script>"), "the name shows literally");
  assert.equal(await page.title(), `Municipalidad ${HOSTILE} · Semáforo`);

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /https?:/, "no remote host is allowed");
  await assertClean(page, watch);
  await context.close();
});
