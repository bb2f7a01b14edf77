// Journey (issue 20): a trainer hands one exercise to a room with a link. The plan travels in the
// address's fragment (never sent to a server); a participant's fresh browser opens it as a new
// draft with the same figures. A plan too large for a link is refused with the reason, and a
// damaged link says so and changes nothing.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { ILO, clean, expectText, freshProfile, goTo, institution, openApp, useBrowser } from "./journey.mjs";

const shared = useBrowser();
const lesson = JSON.parse(await readFile(new URL("../../public/ejemplos/taller/sentido.json", import.meta.url), "utf8"));

async function drafts(page) {
  await goTo(page, "Borradores y archivos");
  return page.locator("ul.borradores > li").count();
}

async function openLesson(page, title) {
  // A first visit shows the start panel already; Inicio would close it.
  if ((await page.getByTestId("bienvenida").count()) === 0) await page.getByRole("button", { name: "Inicio", exact: true }).click();
  await page.getByTestId("bienvenida").getByRole("button", { name: "Ejemplos para aprender" }).click();
  await page.getByRole("button", { name: `Abrir «${title}»` }).click();
}

test("a plan shared by link opens in a fresh browser as a new draft with the same figures", { timeout: 120_000 }, async () => {
  const trainer = await freshProfile(shared);
  await openApp(trainer.page, shared);
  await openLesson(trainer.page, "Ascendente y descendente");
  await trainer.page.locator(".barra-plan").getByText(lesson.plan.name).waitFor({ timeout: 20_000 });
  // The trainer's own value travels too.
  const code = lesson.objectives[0].indicators[0].code;
  await goTo(trainer.page, "Indicadores");
  const value = trainer.page.getByLabel(`Valor obtenido ${lesson.evaluation.year} de ${code}`, { exact: true });
  await value.fill("12");
  await value.press("Tab");
  await goTo(trainer.page, "Resumen");
  const figure = clean(await institution(trainer.page).textContent());
  await goTo(trainer.page, "Compartir");
  await trainer.page.getByRole("button", { name: "Crear enlace" }).click();
  const field = trainer.page.getByTestId("enlace-plan");
  await field.waitFor();
  const link = await field.inputValue();
  assert.match(link, /^http:\/\/[^#]+#plan=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 8000, `${link.length} characters`);
  // Short enough for a QR code a room scans from the projector.
  const qr = trainer.page.getByTestId("enlace-qr");
  await qr.waitFor();
  assert.match(await qr.locator("path").getAttribute("d"), /^(M\d+ \d+h\d+v1h-\d+z)+$/);
  await trainer.page.getByRole("button", { name: "Código QR en grande" }).click();
  assert.ok((await qr.boundingBox()).width > 300);

  // A participant: a browser that never saw Semáforo.
  const participant = await freshProfile(shared);
  const { page, watch } = participant;
  await page.goto(link, { waitUntil: "load" });
  await page.locator(".barra-plan").getByText(lesson.plan.name).waitFor({ timeout: 20_000 });
  await expectText(institution(page), figure);
  assert.equal(new URL(page.url()).hash, "", "the plan stayed in the address");
  await goTo(page, "Indicadores");
  assert.equal(await page.getByLabel(`Valor obtenido ${lesson.evaluation.year} de ${code}`, { exact: true }).inputValue(), "12");
  // A first visit by link opens the link's plan, not the example too; a reload opens nothing
  // twice.
  assert.equal(await drafts(page), 1);
  await page.reload({ waitUntil: "load" });
  await page.locator(".barra-plan").getByText(lesson.plan.name).waitFor({ timeout: 20_000 });
  assert.equal(await drafts(page), 1);

  // The same link pasted into a tab where Semáforo is open: a new draft beside the one there.
  await page.evaluate((l) => (location.hash = new URL(l).hash), link);
  await expectText(page.getByRole("status").filter({ hasText: "el plan del enlace" }), /Se abrió/);
  assert.equal(await drafts(page), 2);
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(trainer.watch.pageErrors, []);
  await trainer.context.close();
  await participant.context.close();
});

test("a plan too large for a link is refused with the reason; a damaged link says so and changes nothing", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Compartir");
  await page.getByRole("button", { name: "Crear enlace" }).click();
  await expectText(page.getByRole("alert").filter({ hasText: "demasiado grande" }), /ocuparía [\d,]+ caracteres .* hasta 8,000\. Compártalo como archivo con «Guardar el plan en un archivo»\./);
  assert.equal(await page.getByTestId("enlace-plan").count(), 0);

  const base = shared.app.url.split("#")[0];
  for (const [fragment, why] of [
    ["#plan=abc$", "caracteres que un enlace de Semáforo no lleva"],
    ["#plan=AAAAAAAA", "no se puede descomprimir"],
    ["#plan=", "no trae ningún plan"],
  ]) {
    const other = await freshProfile(shared);
    await other.page.goto(base + fragment, { waitUntil: "load" });
    await expectText(other.page.getByRole("alert").filter({ hasText: "No se abrió el plan del enlace" }), new RegExp(`dañado o incompleto \\([^)]*${why}`));
    await expectText(institution(other.page), ILO.institution);
    assert.equal(await drafts(other.page), 1, `${fragment} left a draft`);
    assert.deepEqual(other.watch.pageErrors, []);
    await other.context.close();
  }
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});
