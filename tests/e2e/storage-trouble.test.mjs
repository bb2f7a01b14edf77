// Journey: the browser's storage misbehaves — full, missing, or holding a draft that cannot be
// read — and the planner is told at once, can export or download what is at stake right there,
// and nothing saved before is lost or changed.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  ILO,
  SAVED,
  assertClean,
  clean,
  expectText,
  freshProfile,
  goTo,
  institution,
  meetOei02,
  openApp,
  reloadApp,
  saved,
  storage,
  useBrowser,
} from "./journey.mjs";
import { obtainedIn, onlyDraft, savedDraft } from "./drafts-storage.mjs";

const shared = useBrowser();
const notice = (page) => page.getByTestId("aviso-almacenamiento");

test("storage full: the user is told at once, can export right there, and the saved draft stays intact", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await expectText(saved(page), SAVED);
  const before = await onlyDraft(page);
  const savedLine = clean(await saved(page).textContent());

  // From now on every write fails as when the quota is exhausted.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await meetOei02(page);

  await expectText(notice(page), /El almacenamiento del navegador está lleno.*no se pudo guardar.*guardado antes \(el \d{2}\/\d{2}\/\d{4} [\d:]{8}\) sigue intacto/);
  assert.equal(await notice(page).getAttribute("role"), "alert");
  // The figures on screen still follow the edit; the saved time is the last real save.
  await expectText(institution(page), ILO.institutionAfter55);
  assert.equal(clean(await saved(page).textContent()), savedLine);

  // The draft saved before is exactly as it was.
  const after = await onlyDraft(page);
  assert.equal(after.key, before.key);
  assert.equal(after.text, before.text, "the saved draft changed although storage was full");
  assert.equal(obtainedIn(after.text, "IND.01.OEI.02"), 40);

  // Export right from the notice: the file has the change storage could not take.
  const button = notice(page).getByRole("button", { name: "Exportar el plan a un archivo", exact: true });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.equal(download.suggestedFilename(), ILO.exportName);
  const exported = await readFile(await download.path(), "utf8");
  assert.equal(obtainedIn(exported, "IND.01.OEI.02"), 55);

  await assertClean(page, watch);
  await context.close();
});

test("storage full: earlier versions are dropped first to make room, and the user is told", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await meetOei02(page); // keeps the example as the draft's first version
  const { key } = await savedDraft(page, "IND.01.OEI.02", 55);
  assert.ok((await storage(page))[`${key}:versiones`], "no version was kept");

  // A quota just below what is stored now: nothing more fits unless something goes.
  await page.evaluate(() => {
    const total = (s, skip) => {
      let n = 0;
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k !== skip) n += k.length + s.getItem(k).length;
      }
      return n;
    };
    const limit = total(localStorage) - 1000;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (total(this, k) + k.length + String(v).length > limit) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, k, v);
    };
  });
  await page.getByLabel("Valor obtenido 2022 de IND.01.OEI.02", { exact: true }).fill("60");

  await expectText(page.getByRole("alert").filter({ hasText: "casi lleno" }), /se borr(ó|aron) \d+ versi(ón|ones) anterior/);
  const all = await storage(page);
  assert.equal(all[`${key}:versiones`], undefined, "the versions were not dropped");
  assert.equal(obtainedIn(all[key], "IND.01.OEI.02"), 60, "the change was not saved after making room");
  assert.equal(await notice(page).count(), 0, "a 'storage full' notice although the change was saved");

  await assertClean(page, watch);
  await context.close();
});

const DAMAGED_ID = "0badc0de00001";
const OLD_ID = "0badc0de00002";
// A draft cut short, as after a crash in the middle of a write by an older browser.
const TRUNCATED = '{"format_version":1,"entity":{"name":"Municipalidad Distrital de Prueba","ejecutora_code":"3000';

test("a damaged or outdated draft: the app opens, says so, and the exact text can be downloaded", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  const example = await readFile(new URL("../../public/ejemplos/ilo-2022.json", import.meta.url), "utf8");
  // A format version older than any this build reads (whatever the current one is).
  const outdated = example.replace(/"format_version":\s*\d+/, '"format_version": 0');
  assert.notEqual(outdated, example);
  await context.addInitScript(
    ({ damaged, old, truncated, outdated }) => {
      if (localStorage.getItem("semaforo:borradores") !== null) return;
      localStorage.setItem(
        "semaforo:borradores",
        JSON.stringify([
          { id: damaged, name: "Plan de prueba (cortado)", saved_at: "01/11/2026 10:00:00" },
          { id: old, name: "Plan antiguo", saved_at: "02/11/2026 11:00:00" },
        ]),
      );
      localStorage.setItem(`semaforo:borrador:${damaged}`, truncated);
      localStorage.setItem(`semaforo:borrador:${old}`, outdated);
      localStorage.setItem("semaforo:ultimo", damaged);
    },
    { damaged: DAMAGED_ID, old: OLD_ID, truncated: TRUNCATED, outdated },
  );

  // The app opens (with the example) and says which draft could not be read.
  await openApp(page, shared);
  await expectText(notice(page), /Un borrador no se pudo abrir.*«Plan de prueba \(cortado\)» no se puede leer.*se conserva sin cambios/);

  // The download gives back the stored text byte for byte.
  const button = notice(page).getByRole("button", { name: "Descargar el texto original", exact: true });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.equal(await readFile(await download.path(), "utf8"), TRUNCATED);

  // On the drafts screen both damaged drafts are marked, with the reason and their own download.
  await goTo(page, "Borradores y archivos");
  const list = page.locator("ul.borradores > li");
  await expectText(list.filter({ hasText: "Dañado" }).first(), /Dañado: .+ Su texto se conserva tal cual hasta que lo elimine\./);
  assert.equal(await list.filter({ hasText: "Dañado" }).count(), 2);
  assert.match(clean(await list.filter({ hasText: "versión 0" }).textContent()), /ya no se admite/);
  const oldButton = list.filter({ hasText: "versión 0" }).getByRole("button", { name: "Descargar el texto original" });
  const [oldDownload] = await Promise.all([page.waitForEvent("download"), oldButton.click()]);
  assert.equal(await readFile(await oldDownload.path(), "utf8"), outdated);

  // Nothing was deleted or rewritten, also after the example's draft was saved and a reload.
  await expectText(saved(page), SAVED);
  await reloadApp(page, ILO.institution);
  const all = await storage(page);
  assert.equal(all[`semaforo:borrador:${DAMAGED_ID}`], TRUNCATED);
  assert.equal(all[`semaforo:borrador:${OLD_ID}`], outdated);
  const index = JSON.parse(all["semaforo:borradores"]).map((m) => m.id);
  assert.ok(index.includes(DAMAGED_ID) && index.includes(OLD_ID), `index: ${index}`);

  await assertClean(page, watch);
  await context.close();
});

test("a draft in the older format version 1 opens migrated, says so, and keeps its old text as a version", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  const example = await readFile(new URL("../../public/ejemplos/ilo-2022.json", import.meta.url), "utf8");
  const v1 = example.replace(/"format_version":\s*\d+/, '"format_version": 1');
  assert.notEqual(v1, example);
  await context.addInitScript((text) => {
    if (localStorage.getItem("semaforo:borradores") !== null) return;
    localStorage.setItem("semaforo:borradores", JSON.stringify([{ id: "v1", name: "Plan de 2025", saved_at: "01/11/2025 10:00:00" }]));
    localStorage.setItem("semaforo:borrador:v1", text);
    localStorage.setItem("semaforo:ultimo", "v1");
  }, v1);
  await openApp(page, shared);
  await expectText(page.getByRole("status").filter({ hasText: "formato versión 1" }), /se actualizó a la versión 2 sin perder datos/);
  // The first change saves it in the new format and keeps the old text among its versions.
  await meetOei02(page);
  await expectText(saved(page), SAVED);
  const all = await storage(page);
  assert.match(all["semaforo:borrador:v1"], /"format_version":\s*2/);
  assert.ok((all["semaforo:borrador:v1:versiones"] ?? "").includes('\\"format_version\\": 1') || (all["semaforo:borrador:v1:versiones"] ?? "").includes('\\"format_version\\":1'), "the version-1 text is not among the versions");
  await assertClean(page, watch);
  await context.close();
});

test("no local storage at all (private mode, disabled): the example still works and drafts are said not to be kept", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  await openApp(page, shared);
  await expectText(notice(page), /Los borradores no se guardarán.*se perderán los cambios/);
  assert.equal(await notice(page).getByRole("button", { name: "Exportar el plan a un archivo", exact: true }).count(), 1);

  // Work goes on: an edit moves the figures, and the notice stays.
  await meetOei02(page);
  await expectText(notice(page), /Los borradores no se guardarán/);
  await goTo(page, "Borradores y archivos");
  await page.getByRole("heading", { level: 2, name: "Borradores y archivos" }).waitFor();

  await assertClean(page, watch);
  await context.close();
});
