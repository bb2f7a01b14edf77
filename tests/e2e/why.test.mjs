// Journey: "why is it red?" A planner on a 1024×768 screen opens every objective's "¿Cómo?":
// each says in words which threshold its figure missed and lists the indicators that met and did
// not, each a link to its row; the page never scrolls sideways.

import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, clean, expectAttribute, expectText, freshProfile, goTo, openApp, screenButton, typeObtained, useBrowser } from "./journey.mjs";

const shared = useBrowser();

const sideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("every objective says why its light is what it is, names its indicators, and never widens the page", { timeout: 90_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared, { viewport: { width: 1024, height: 768 } });
  await openApp(page, shared);
  assert.equal(await sideways(page), 0, "the summary already scrolls sideways at 1024 px");

  const buttons = page.locator("#resumen .como-boton");
  assert.equal(await buttons.count(), 9);
  for (let i = 0; i < 9; i++) {
    await buttons.nth(i).click();
    await expectAttribute(buttons.nth(i), "aria-expanded", "true");
  }
  assert.equal(await sideways(page), 0, "opening the explanations widened the page");

  const why = page.locator('[id="oei-OEI.01-como"]');
  await expectText(why.locator("p"), /Semáforo Rojo: 16\.67 % es menor que 50 %, el mínimo de Naranja\.$/);
  await expectText(why.locator("li").first(), /^Cumplieron \(1\): IND\./);
  const notMet = why.locator("li").nth(1);
  await expectText(notMet, /^No cumplieron \(5\): /);
  const green = page.locator('[id="oei-OEI.05-como"] p');
  await expectText(green, /Semáforo Verde: 85\.71 % alcanza 75 %, el mínimo de Verde\.$/);

  // A link takes the planner to the indicator's row.
  const link = notMet.locator("a").first();
  const code = clean(await link.textContent());
  await link.click();
  await expectAttribute(screenButton(page, "Indicadores"), "aria-current", "page");
  const row = page.locator(`[id="ind-${code}"]`);
  await row.waitFor({ state: "visible" });
  await page.waitForFunction(
    (id) => {
      const r = document.getElementById(id)?.getBoundingClientRect();
      return r && r.top >= 0 && r.bottom <= window.innerHeight;
    },
    `ind-${code}`,
  );

  // Closing hides the explanation again.
  await screenButton(page, "Resumen").click();
  await buttons.first().click();
  await expectAttribute(buttons.first(), "aria-expanded", "false");
  assert.equal(await why.isVisible(), false);

  await assertClean(page, watch);
  await context.close();
});

test("at 1024×768 the tabs fit on one line and stay on screen with the institution figure, which follows every edit", { timeout: 90_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared, { viewport: { width: 1024, height: 768 } });
  await openApp(page, shared);
  const nav = page.getByRole("navigation", { name: "Pantallas" });
  const tops = await nav.getByRole("button").evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  assert.equal(new Set(tops).size, 1, `the tabs wrap: ${tops}`);
  const figure = page.getByTestId("barra-institucion");
  await expectText(figure, /^Resultado institucional: 40\.11 % ■ Rojo$/);
  const inView = async (locator) => {
    const box = await locator.boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= 768 && box.x >= 0 && box.x + box.width <= 1024;
  };

  await screenButton(page, "Indicadores").click();
  // Each target says its unit and which way is better.
  await expectText(page.getByTestId("ind-meta-IND.01.OEI.02"), "50 % ↑ más es mejor");
  await expectText(page.getByTestId("ind-meta-IND.01.AEI.08.01"), "37 % ↓ menos es mejor");
  await expectText(page.getByTestId("ind-meta-IND.01.OEI.01"), "20 ↑ más es mejor · tasa de variación");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => window.scrollY > 2000);
  assert.ok(await inView(nav), "the tabs left the screen");
  assert.ok(await inView(figure), "the institution figure left the screen");
  assert.equal(await sideways(page), 0, "Indicadores scrolls sideways at 1024 px");

  // An edit anywhere: the figure in sight follows.
  const field = page.getByLabel("Valor obtenido 2022 de IND.01.OEI.02", { exact: true });
  await field.fill("55");
  await expectText(figure, /^Resultado institucional: 42\.88 %/);
  await assertClean(page, watch);
  await context.close();
});

test("an indicator's ¿Cómo se calculó? says what it would take to meet its target, and how much room a met one has", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Indicadores");
  const row = page.getByTestId("ind-IND.01.OEI.02");
  await row.getByText("¿Cómo se calculó?").click();
  const lines = row.locator("details li");
  await expectText(lines.filter({ hasText: "¿Cuánto" }), "¿Cuánto necesita para cumplir? Que el valor obtenido llegue al menos a 50, la meta (hoy 40).");
  await typeObtained(page, "IND.01.OEI.02", "55");
  await page.keyboard.press("Tab");
  await expectText(lines.filter({ hasText: "¿Cuánto" }), "¿Cuánto le sobra? Dejaría de cumplir si el valor obtenido fuera menor que 50 (hoy 55).");
  await assertClean(page, watch);
  await context.close();
});
