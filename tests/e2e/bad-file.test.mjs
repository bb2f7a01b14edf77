// Journey: a planner with work in progress picks a file that is not a valid plan (cut short, or a
// unit of measure that does not exist). The app says why in Spanish and changes nothing: not the
// figures, not the saved draft, not after a reload either.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  ILO,
  assertClean,
  clean,
  expectText,
  figures,
  freshProfile,
  goTo,
  institution,
  meetOei02,
  obtainedField,
  openApp,
  reloadApp,
  storage,
  useBrowser,
} from "./journey.mjs";

const shared = useBrowser();
const UNCHANGED = "no se pudo abrir y no se cambió nada";

async function wrongUnitPlan() {
  const text = await readFile(new URL("../../public/ejemplos/ilo-2022.json", import.meta.url), "utf8");
  const plan = JSON.parse(text);
  const indicator = plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === "IND.01.OEI.03");
  assert.ok(indicator, "the example no longer has IND.01.OEI.03");
  indicator.unit = "kilogramos";
  return JSON.stringify(plan, null, 2);
}

async function manyProblemsPlan() {
  const plan = JSON.parse(await readFile(new URL("../../public/ejemplos/ilo-2022.json", import.meta.url), "utf8"));
  plan.objectives[1].indicators[0].unit = "porciento";
  plan.objectives[3].indicators[0].obtained["2022"] = "1.234,50";
  delete plan.objectives[5].name;
  return JSON.stringify(plan, null, 2);
}

const BAD_FILES = [
  { name: "plan-cortado.json", text: async () => '{"format_version": 1, "entity": ' },
  { name: "plan-unidad-rara.json", text: wrongUnitPlan },
  {
    name: "plan-varios-problemas.json",
    text: manyProblemsPlan,
    // Every problem at once, each with its place.
    expect: [/El archivo tiene 3 problemas/, /OEI\.02 › indicador IND\.01\.OEI\.02 › campo «unit»/, /¿quiso decir 1234\.50\?/, /En OEI\.06: falta el campo obligatorio «name»/],
  },
];

for (const bad of BAD_FILES) {
  test(`a bad file (${bad.name}) is refused in Spanish and changes nothing`, { timeout: 60_000 }, async () => {
    const { context, page, watch } = await freshProfile(shared);
    await openApp(page, shared);
    await meetOei02(page); // work in progress that must survive
    await goTo(page, "Resumen");
    const before = await figures(page);
    const draft = await storage(page);

    await goTo(page, "Borradores y archivos");
    await page.getByLabel("Abrir archivo de plan", { exact: true }).setInputFiles({
      name: bad.name,
      mimeType: "application/json",
      buffer: Buffer.from(await bad.text(), "utf8"),
    });

    const alert = page.getByRole("alert");
    const message = await expectText(alert, new RegExp(UNCHANGED));
    assert.ok(message.includes(bad.name), `the message does not name the file: ${message}`);
    for (const re of bad.expect ?? []) assert.match(message, re);
    assert.equal(await page.getByRole("dialog").count(), 0, "a dialog offered to open a bad file");

    assert.deepEqual(await figures(page), before, "figures changed after a bad file");
    assert.deepEqual(await storage(page), draft, "the saved draft changed after a bad file");

    await reloadApp(page, ILO.institutionAfter55);
    assert.deepEqual(await figures(page), before, "figures changed after reloading");
    await goTo(page, "Indicadores");
    assert.equal(await obtainedField(page, "IND.01.OEI.02").inputValue(), "55");
    assert.equal(await page.getByRole("alert").filter({ hasText: UNCHANGED }).count(), 0, "the old message came back");

    await assertClean(page, watch);
    await context.close();
  });
}

test("a plan saved by Excel as UTF-16 opens, and the user is told how it was read", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  const text = await readFile(new URL("../../public/ejemplos/ilo-2022.json", import.meta.url), "utf8");
  const plan = JSON.parse(text);
  plan.objectives[1].indicators[0].obtained["2022"] = "55";
  plan.comentario = "exportado desde Excel";
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(plan), "utf16le")]);
  await goTo(page, "Borradores y archivos");
  await page.getByLabel("Abrir archivo de plan", { exact: true }).setInputFiles({ name: "plan-excel.json", mimeType: "application/json", buffer: utf16 });
  await expectText(institution(page), ILO.institutionAfter55);
  const status = clean(await page.getByRole("status").first().textContent());
  assert.match(status, /UTF-16/);
  assert.match(status, /Se ignoraron campos que Semáforo no conoce.*comentario/);
  await assertClean(page, watch);
  await context.close();
});

// Issue 19: the examiner (which names every problem of a file that is not a clean plan) is not in
// the first load; it comes with the first file that needs it. A clean file never fetches it.
test("the examiner is fetched with the first file that needs it, and a clean file does without", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  const examiner = () => watch.requests.filter((u) => /semaforo-app-split-examinador-[0-9a-f]+\.wasm$/.test(u));
  const pick = async (name, text) =>
    page.getByLabel("Abrir archivo de plan", { exact: true }).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
  await goTo(page, "Borradores y archivos");
  const clean = JSON.parse(await readFile(new URL("../../public/ejemplos/taller/sentido.json", import.meta.url), "utf8"));
  await pick("sentido.json", JSON.stringify(clean));
  // The untouched example gives way to the first file opened.
  await expectText(institution(page), "66.67 %", { timeout: 20_000 });
  assert.deepEqual(examiner(), [], "a clean plan fetched the examiner");
  await goTo(page, "Borradores y archivos");
  await pick("plan-unidad-rara.json", await wrongUnitPlan());
  await expectText(page.getByRole("alert"), new RegExp(`plan-unidad-rara\\.json.*${UNCHANGED}.*unit`));
  assert.equal(examiner().length, 1, watch.requests.join("\n"));
  // A file with a field Semáforo does not know is read by the examiner too, and opens.
  await goTo(page, "Borradores y archivos");
  await pick("sentido-con-extra.json", JSON.stringify({ ...clean, comentario: "de otra herramienta" }));
  await page.getByRole("dialog").getByRole("button", { name: "Conservar ambos" }).click();
  await expectText(page.getByRole("status").filter({ hasText: "comentario" }), /Se ignoraron campos que Semáforo no conoce.*«comentario»/, { timeout: 20_000 });
  assert.equal(examiner().length, 1);
  await assertClean(page, watch);
  await context.close();
});
