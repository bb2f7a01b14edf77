// Helpers for the journeys about drafts in local storage (not a test file itself).

import assert from "node:assert/strict";
import { storage } from "./journey.mjs";

/** The one draft text in storage (key semaforo:borrador:<id>) and its key. */
export async function onlyDraft(page) {
  const all = await storage(page);
  const keys = Object.keys(all).filter((k) => /^semaforo:borrador:[^:]+$/.test(k));
  assert.equal(keys.length, 1, `draft keys: ${JSON.stringify(keys)}`);
  return { key: keys[0], text: all[keys[0]] };
}

/** The obtained 2022 value of an indicator in a plan's JSON text (a number, or undefined). */
export function obtainedIn(text, code) {
  const plan = JSON.parse(text);
  const all = plan.objectives.flatMap((o) => [...o.indicators, ...(o.actions ?? []).flatMap((a) => a.indicators)]);
  const indicator = all.find((i) => i.code === code);
  return indicator?.obtained?.["2022"] === undefined ? undefined : Number(indicator.obtained["2022"]);
}

/** The one draft, once its obtained value for `code` is `value`: a draft is written a moment
 *  after the frame that shows the figures (src/session.rs, autosave). Fails after 5 s. */
export async function savedDraft(page, code, value) {
  let draft;
  for (const until = Date.now() + 5_000; Date.now() < until; await page.waitForTimeout(50)) {
    draft = await onlyDraft(page);
    if (obtainedIn(draft.text, code) === value) return draft;
  }
  assert.equal(obtainedIn(draft.text, code), value, "the draft was not saved with the value typed");
  return draft;
}
