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
