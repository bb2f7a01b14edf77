// Journey: a planner makes a mistake and goes back. Each draft keeps its last few versions (one
// when it is opened or replaced, and while editing one a minute at most); "Restaurar" puts one
// back, and what it replaces becomes a version in turn.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ILO,
  assertClean,
  expectText,
  freshProfile,
  goTo,
  indicatorStatus,
  institution,
  meetOei02,
  obtainedField,
  openApp,
  reloadApp,
  storage,
  typeObtained,
  useBrowser,
} from "./journey.mjs";
import { obtainedIn, onlyDraft } from "./drafts-storage.mjs";

const shared = useBrowser();
const CODE = "IND.01.OEI.02";

async function versions(page) {
  const { key } = await onlyDraft(page);
  const text = (await storage(page))[`${key}:versiones`];
  return text ? JSON.parse(text) : [];
}

test("Restaurar brings back an earlier version, and the replaced one is kept as a version", { timeout: 60_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await goTo(page, "Borradores y archivos");
  await page.getByTestId("sin-versiones").waitFor();

  // The first change keeps the example as it was; more typing within a minute adds no version.
  await meetOei02(page);
  await typeObtained(page, CODE, "60");
  await expectText(indicatorStatus(page, CODE), /^Cumplió/);
  await typeObtained(page, CODE, "61");
  const kept = await versions(page);
  assert.equal(kept.length, 1, `versions: ${kept.map((v) => v.saved_at)}`);
  assert.equal(obtainedIn(kept[0].text, CODE), 40);

  await goTo(page, "Borradores y archivos");
  const list = page.getByTestId("versiones").locator("li");
  assert.equal(await list.count(), 1);
  await expectText(list.first(), /^Guardada el \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} ?Restaurar$/);
  await list.first().getByRole("button", { name: /^Restaurar/ }).click();

  await expectText(institution(page), ILO.institution);
  await expectText(page.getByRole("status"), /Se restauró la versión guardada el .* quedó entre las versiones anteriores/);
  // The restored text is the draft now; the 61 it replaced is the only version.
  const { text } = await onlyDraft(page);
  assert.equal(obtainedIn(text, CODE), 40);
  const after = await versions(page);
  assert.equal(after.length, 1);
  assert.equal(obtainedIn(after[0].text, CODE), 61);
  await expectText(page.getByTestId("versiones").locator("li"), /^Guardada el /);

  // And back again: nothing is ever lost by restoring.
  await reloadApp(page, ILO.institution);
  await goTo(page, "Indicadores");
  assert.equal(await obtainedField(page, CODE).inputValue(), "40");
  await goTo(page, "Borradores y archivos");
  await page.getByTestId("versiones").getByRole("button", { name: /^Restaurar/ }).click();
  await expectText(institution(page), ILO.institutionAfter55);
  await goTo(page, "Indicadores");
  assert.equal(await obtainedField(page, CODE).inputValue(), "61");

  await assertClean(page, watch);
  await context.close();
});

test("reopening a draft keeps what it had as a version before the next change; at most 5 are kept", { timeout: 90_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await meetOei02(page);
  assert.equal((await versions(page)).length, 1);
  for (const value of ["41", "42", "43", "44", "45"]) {
    await reloadApp(page, value === "41" ? ILO.institutionAfter55 : ILO.institution);
    await goTo(page, "Indicadores");
    await typeObtained(page, CODE, value);
    await expectText(indicatorStatus(page, CODE), /^No cumplió/);
  }
  // The draft (and the version it keeps) is written a moment after the frame with the figures.
  let kept = [];
  for (const until = Date.now() + 5_000; Date.now() < until; await page.waitForTimeout(50)) {
    kept = await versions(page);
    if (kept.length && obtainedIn(kept[0].text, CODE) === 44) break;
  }
  assert.equal(kept.length, 5);
  // Newest first: the value before each reopened edit.
  assert.deepEqual(kept.map((v) => obtainedIn(v.text, CODE)), [44, 43, 42, 41, 55]);

  await assertClean(page, watch);
  await context.close();
});
