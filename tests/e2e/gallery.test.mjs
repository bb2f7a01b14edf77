// Journey (issue 20): a trainer opens each teaching example from *Ejemplos para aprender* (under
// *Inicio*), reads what to look at, and finds the plan on screen; the Ilo example is still what a
// first visit shows, and opening an example never touches the draft the user worked on.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { ILO, expectText, freshProfile, goTo, institution, meetOei02, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();
const folder = new URL("../../public/ejemplos/taller/", import.meta.url);

async function gallery(page) {
  const panel = page.getByTestId("galeria");
  if ((await panel.count()) === 0) {
    if ((await page.getByTestId("bienvenida").count()) === 0) await page.getByRole("button", { name: "Inicio", exact: true }).click();
    await page.getByTestId("bienvenida").getByRole("button", { name: "Ejemplos para aprender" }).click();
  }
  await panel.getByRole("list").waitFor({ timeout: 20_000 });
  return panel;
}

test("each teaching example opens from the gallery with what to look at; Ilo is still the first visit and its draft is kept", { timeout: 180_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await expectText(page.getByTestId("etiqueta-ejemplo"), /^Ejemplo/);
  await meetOei02(page);
  // Neither the gallery's code nor the examples come with the page.
  const gallerysOwn = (url) => url.includes("/ejemplos/taller/") || url.includes("-split-ejemplos-");
  assert.deepEqual(watch.requests.filter(gallerysOwn), [], "the gallery was fetched before it was opened");
  await gallery(page);
  assert.ok(watch.requests.some((u) => u.includes("-split-ejemplos-")), "the gallery's code was not fetched when opened");
  assert.ok(watch.requests.some((u) => u.endsWith("/ejemplos/taller/indice.json")), "the index was not fetched when opened");

  const { ejemplos } = JSON.parse(await readFile(new URL("indice.json", folder), "utf8"));
  assert.equal(ejemplos.length, 8);
  for (const lesson of ejemplos) {
    const panel = await gallery(page);
    const card = panel.getByTestId(`ejemplo-${lesson.archivo.replace(/\.json$/, "")}`);
    await expectText(card.locator("h3"), lesson.titulo);
    await expectText(card.locator("p"), lesson.que_mirar);
    await card.getByRole("button", { name: `Abrir «${lesson.titulo}»` }).click();
    const plan = JSON.parse(await readFile(new URL(lesson.archivo, folder), "utf8"));
    await page.locator(".barra-plan").getByText(plan.plan.name).waitFor({ timeout: 20_000 });
    await expectText(page.locator(".barra-plan h2"), plan.entity.name);
    await expectText(institution(page), /\d|Sin información/);
    assert.equal(await page.getByRole("dialog").count(), 0, `opening ${lesson.archivo} asked about the draft on screen`);
  }

  // The real case, from the same list.
  const panel = await gallery(page);
  await panel.getByRole("button", { name: "Abrir «Ilo 2022»" }).click();
  await expectText(institution(page), ILO.institution);

  // Nothing was overwritten: the edited Ilo draft, eight examples and the Ilo opened last.
  await goTo(page, "Borradores y archivos");
  await expectText(page.locator("ul.borradores > li").first(), /./);
  assert.equal(await page.locator("ul.borradores > li").count(), 10);
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});
