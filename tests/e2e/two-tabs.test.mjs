// Journey: the same draft is open in two tabs. A change in one shows up in the other; when both
// changed, neither overwrites the other silently: the tab that would overwrite stops saving and
// asks whether to keep its changes as a copy or load the other tab's version.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ILO,
  assertClean,
  expectText,
  freshProfile,
  goTo,
  institution,
  meetOei02,
  obtainedField,
  openApp,
  storage,
  typeObtained,
  useBrowser,
  watchPage,
} from "./journey.mjs";
import { obtainedIn, onlyDraft, savedDraft } from "./drafts-storage.mjs";

const shared = useBrowser();
const CODE = "IND.01.OEI.02";
const notice = (page) => page.getByTestId("aviso-almacenamiento");

/** Two tabs of one browser on the same draft; the second has not yet heard of the first's edits. */
async function twoTabs() {
  const { context, page: a, watch } = await freshProfile(shared);
  await openApp(a, shared);
  const b = await context.newPage();
  watchPage(b, watch);
  // Lets the test hold back this tab's `storage` events (see `deafen`).
  await b.addInitScript(() => {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      if (this === window && type === "storage" && typeof listener === "function") {
        const inner = listener;
        listener = function (event) {
          if (!window.__deaf) return inner.call(this, event);
        };
      }
      return add.call(this, type, listener, options);
    };
  });
  await openApp(b, shared);
  const all = await storage(b);
  assert.equal(Object.keys(all).filter((k) => /^semaforo:borrador:[^:]+$/.test(k)).length, 1, "the second tab opened another draft");
  return { context, a, b, watch };
}

/** Makes a tab deaf to other tabs' writes, as when its `storage` event has not arrived yet. */
async function deafen(page) {
  await page.evaluate(() => {
    window.__deaf = true;
  });
}

async function conflict() {
  const tabs = await twoTabs();
  const { a, b } = tabs;
  await deafen(b);
  await meetOei02(a); // A saves 55
  await expectText(institution(a), ILO.institutionAfter55);
  await savedDraft(a, CODE, 55);
  // B, unaware, changes the same draft.
  await goTo(b, "Indicadores");
  await typeObtained(b, CODE, "30");
  await expectText(notice(b), /Este borrador se cambió en otra pestaña.*ya no se están guardando/);
  // A's work was not overwritten.
  const { key, text } = await onlyDraft(a);
  assert.equal(obtainedIn(text, CODE), 55, "the second tab overwrote the first tab's save");
  return { ...tabs, key };
}

test("a change in one tab shows up in the other", { timeout: 60_000 }, async () => {
  const { context, a, b, watch } = await twoTabs();
  await meetOei02(a);
  await expectText(institution(b), ILO.institutionAfter55, { timeout: 10_000 });
  await expectText(b.getByRole("status"), /se cambió en otra pestaña: se muestra su versión más reciente/);
  await goTo(b, "Indicadores");
  assert.equal(await obtainedField(b, CODE).inputValue(), "55");
  assert.equal(await notice(b).count(), 0);
  await assertClean(a, watch);
  await assertClean(b, watch);
  await context.close();
});

test("both tabs changed: «Conservar la mía como copia» saves this tab's work as a new draft", { timeout: 60_000 }, async () => {
  const { context, a, b, watch, key } = await conflict();
  await notice(b).getByRole("button", { name: "Conservar la mía como copia", exact: true }).click();
  await notice(b).waitFor({ state: "detached" });
  await expectText(institution(b), ILO.institution); // 30 does not meet the target

  const all = await storage(b);
  const drafts = Object.keys(all).filter((k) => /^semaforo:borrador:[^:]+$/.test(k));
  assert.equal(drafts.length, 2);
  const copy = drafts.find((k) => k !== key);
  assert.equal(obtainedIn(all[copy], CODE), 30);
  assert.equal(obtainedIn(all[key], CODE), 55);
  const names = JSON.parse(all["semaforo:borradores"]).map((m) => m.name);
  assert.ok(names.some((n) => n.endsWith("(copia de otra pestaña)")), `names: ${names}`);
  // Tab A still has its figures.
  await expectText(institution(a), ILO.institutionAfter55);
  await assertClean(a, watch);
  await assertClean(b, watch);
  await context.close();
});

test("both tabs changed: «Cargar la versión de la otra pestaña» shows it and keeps this tab's as a version", { timeout: 60_000 }, async () => {
  const { context, b, watch, key } = await conflict();
  await notice(b).getByRole("button", { name: "Cargar la versión de la otra pestaña", exact: true }).click();
  await notice(b).waitFor({ state: "detached" });
  await expectText(institution(b), ILO.institutionAfter55);
  await goTo(b, "Indicadores");
  assert.equal(await obtainedField(b, CODE).inputValue(), "55");

  const all = await storage(b);
  assert.equal(obtainedIn(all[key], CODE), 55);
  const versions = JSON.parse(all[`${key}:versiones`]);
  assert.equal(obtainedIn(versions[0].text, CODE), 30, "this tab's work is not among the versions");
  await assertClean(b, watch);
  await context.close();
});
