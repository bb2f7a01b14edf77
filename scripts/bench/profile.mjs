#!/usr/bin/env node
// Profiles edits in the built app with Chromium's CPU profiler and prints the functions that
// took the most self time. For finding why an edit is slow, not for figures (the profiler
// itself slows the page). Use a dist whose wasm keeps its function names (see README,
// "Benchmarks": `wasm-bindgen --keep-debug`).
//
//   node scripts/bench/profile.mjs DIST [PLAN.json] [FIELD_LABEL]
import { launchBrowser } from "../../tests/e2e/browser.mjs";
import { startServer } from "../static-server.mjs";

const [dist, planFile, fieldArg] = process.argv.slice(2);
const field = fieldArg || (planFile ? "Valor obtenido 2022 de IND.01.OEI.01" : "Valor obtenido 2022 de IND.01.OEI.02");
const { server, url } = await startServer(dist, 0);
const browser = await launchBrowser();
const context = await browser.newContext({ locale: "es-PE" });
const page = await context.newPage();
await page.goto(url, { waitUntil: "load" });
await page.waitForSelector('[data-testid="institucion-resultado"]');
if (planFile) {
  await page.locator('nav[aria-label="Pantallas"] button', { hasText: /Borradores/ }).click();
  await page.locator('input[type="file"]').first().setInputFiles(planFile);
  await page.getByRole("button", { name: "Reemplazar el borrador actual" }).click({ timeout: 300000 });
  await page.waitForTimeout(3000);
}
await page.locator('nav[aria-label="Pantallas"] button', { hasText: /^\s*Indicadores\s*$/ }).click();
const input = page.locator(`[aria-label="${field}"]`);
await input.waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const values = ["55", "40", "61", "12", "90", "33", "70", "25", "80", "45"];
for (const v of values) {
  await input.evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, v);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
}
const { profile } = await cdp.send("Profiler.stop");
const dt = profile.timeDeltas;
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const key = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber})`;
  self.set(key, (self.get(key) || 0) + (dt[i] || 0));
}
// PROFILE_CALLERS=substring prints the call paths that lead to matching functions (PROFILE_DEPTH
// frames deep, default 12; PROFILE_APP_ONLY=1 keeps only the app's and engine's frames).
if (process.env.PROFILE_CALLERS) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const paths = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    let id = profile.samples[i];
    const n = byId.get(id);
    if (!n.callFrame.functionName.includes(process.env.PROFILE_CALLERS)) continue;
    const chain = [];
    while ((id = parent.get(id)) !== undefined && chain.length < Number(process.env.PROFILE_DEPTH || 12)) chain.push(byId.get(id).callFrame.functionName.replace(/::h[0-9a-f]{16}/, "").slice(0, 90));
    const shown = process.env.PROFILE_APP_ONLY ? chain.filter((f) => /semaforo/.test(f)) : chain;
    const key = shown.join("\n      <- ");
    paths.set(key, (paths.get(key) || 0) + (dt[i] || 0));
  }
  for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`${(v / 1000).toFixed(2)} ms\n      <- ${k}`);
}
// Time attributed to the nearest frame of the app or engine (which component or function
// asked for the work).
const parentOf = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parentOf.set(c, n.id);
const owner = new Map();
const other = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  let id = profile.samples[i];
  let name = "(other)";
  for (; id !== undefined; id = parentOf.get(id)) {
    const f = byId.get(id).callFrame.functionName;
    if (/^(\(idle\)|\(program\)|\(garbage collector\))$/.test(f)) { name = f; break; }
    const m = f.match(/(semaforo(?:_engine)?::[a-z_0-9]+(?:::[A-Za-z_0-9]+)?)/);
    if (m) { name = m[1]; break; }
  }
  owner.set(name, (owner.get(name) || 0) + (dt[i] || 0));
  if (name === "(other)" && process.env.PROFILE_OTHER) {
    const f = byId.get(profile.samples[i]).callFrame.functionName.replace(/::h[0-9a-f]{16}/, "").slice(0, 120);
    other.set(f, (other.get(f) || 0) + (dt[i] || 0));
  }
}
console.log("by owner:");
for (const [k, v] of [...owner].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(v / 1000).toFixed(2).padStart(9)} ms  ${k}`);
for (const [k, v] of [...other].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  other ${(v / 1000).toFixed(2).padStart(9)} ms  ${k}`);
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = (self.get("(idle)") || 0) + (self.get("(program)") || 0);
console.log(`total ${(total / 1000).toFixed(1)} ms, idle+program ${(idle / 1000).toFixed(1)} ms, ${values.length} edits`);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) {
  console.log(`${(v / 1000).toFixed(2).padStart(9)} ms  ${k.slice(0, 150)}`);
}
await browser.close();
server.close();
