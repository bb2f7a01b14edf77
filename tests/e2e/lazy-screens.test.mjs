// Journey: the rarely opened screens are fetched the first time they are opened (issue 19). The
// user sees "Cargando…" while a screen's code comes; if it cannot come (a dropped connection, a
// site updated under an open page), the screen says so and offers to try again, and nothing
// typed is lost.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ILO, LAZY_SCREENS, clean, expectText, freshProfile, goTo, institution, meetOei02, openApp, openEveryLazyScreen, screenButton, useBrowser } from "./journey.mjs";

const shared = useBrowser();
const PIECE = /\/semaforo-app-(split|chunk)-[\w-]+\.wasm$/;

test("every lazily fetched screen opens, and its code is not in the first load", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  const background = page.waitForRequest(/-split-indicadores-[0-9a-f]+\.wasm$/, { timeout: 20_000 });
  await openApp(page, shared);
  await background;
  await page.waitForLoadState("networkidle");
  // Only the budget and the checks (src/review.rs) and Indicadores follow the first figures
  // unasked; no other screen's own piece comes.
  const screens = watch.requests.map((url) => new URL(url).pathname.match(/-split-([a-z_-]+)-[0-9a-f]+\.wasm$/)?.[1]).filter(Boolean);
  assert.deepEqual(screens.sort(), ["indicadores", "revision"], "the review's or Indicadores' code did not follow the first figures, or another screen's came too");
  await expectText(screenButton(page, /^Diagnósticos/), /^Diagnósticos \(\d+\)$/);
  await openEveryLazyScreen(page);
  const fetched = watch.requests.filter((url) => PIECE.test(url)).map((url) => new URL(url).pathname);
  for (const [, heading] of LAZY_SCREENS) {
    const name = heading.replace(/-titulo$/, "");
    assert.ok(fetched.some((p) => p.includes(`-split-${name}-`)), `the code of ${name} was not fetched when it was opened`);
  }
  // Structural edits (src/plan_edits.rs) come with Estructura and Método, not before.
  assert.ok(fetched.some((p) => p.includes("-split-edicion-")), "the code of structural edits was not fetched with Estructura");
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test("a screen whose code cannot be downloaded says so, keeps what was typed, and opens on Reintentar", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  // Indicadores' code comes (it follows the first figures) before the connection drops.
  let mode = "ok";
  await context.route(PIECE, async (route) => {
    if (mode === "fail") return route.abort("internetdisconnected");
    if (mode === "slow") await new Promise((r) => setTimeout(r, 400));
    return route.continue();
  });
  await openApp(page, shared);
  await meetOei02(page);
  mode = "fail";

  // Not goTo: it waits for the screen to be drawn.
  await screenButton(page, "Informe").click();
  const alert = page.getByRole("alert").filter({ hasText: "No se pudo descargar esta pantalla" });
  await alert.waitFor({ timeout: 20_000 });

  mode = "slow";
  await page.getByRole("button", { name: "Reintentar" }).click();
  await expectText(page.getByRole("status").filter({ hasText: "Cargando" }), "Cargando…");
  await page.locator("#informe-titulo").waitFor({ timeout: 20_000 });
  await expectText(page.getByTestId("informe-institucion"), /./);
  assert.equal(await alert.count(), 0);
  await goTo(page, "Resumen");
  await expectText(institution(page), ILO.institutionAfter55);
  assert.deepEqual(watch.pageErrors, [], "the failed download broke the page");
  await context.close();
});

test("the first figures do not wait for the budget and checks: «Diagnósticos (…)», no row marked and Presupuesto waiting until their code comes", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  let release;
  const held = new Promise((r) => (release = r));
  await context.route(/\/semaforo-app-split-revision-[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    return route.continue();
  });
  await openApp(page, shared);
  const tab = screenButton(page, /^Diagnósticos/);
  await expectText(tab, "Diagnósticos (…)");
  assert.equal(await page.locator("span.marca").count(), 0, "a row was marked before the checks were here");
  // Values can be typed meanwhile, and the figures follow.
  await meetOei02(page);
  await goTo(page, "Resumen");
  await expectText(tab, "Diagnósticos (…)");
  // A screen that shows the budget waits for it (never an empty budget). Not goTo: it waits
  // for the screen to be drawn.
  await screenButton(page, "Presupuesto").click();
  await expectText(page.getByRole("status").filter({ hasText: "Cargando" }), "Cargando…");
  await page.waitForTimeout(500);
  assert.equal(await page.locator("#presupuesto-titulo").count(), 0, "Presupuesto was drawn before its budget was computed");

  release();
  await page.locator("#presupuesto-titulo").waitFor({ timeout: 20_000 });
  await goTo(page, "Resumen");
  await expectText(tab, /^Diagnósticos \(\d+\)$/);
  const count = Number(clean(await tab.textContent()).match(/\((\d+)\)/)[1]);
  assert.ok(count > 0, "Ilo's plan has diagnostics");
  await page.locator("span.marca").first().waitFor({ timeout: 5_000 });
  await goTo(page, /^Diagnósticos/);
  await expectText(page.locator("#diagnosticos-titulo"), /Diagnósticos/);
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});
