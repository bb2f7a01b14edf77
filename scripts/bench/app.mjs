#!/usr/bin/env node
// The built app (dist/) in headless Chromium on loopback: first-load bytes and time to the
// example's figures, one edit on the Ilo plan and on the 10,000-indicator plan, loading the
// ~20 MB plan and the memory it takes; then the old PC on a slow link (6× CPU throttling,
// 1.6 Mbit/s, 150 ms): first and second visit, one edit, Informe opened the first time; and the
// Ilo workbook opened by LibreOffice headless, as the spreadsheet a planner would otherwise use.
// Writes the figures as JSON.
//
//   node scripts/bench/app.mjs DIST OUT.json LARGE.json XL.json
//
// Env: BENCH_RUNS (first loads and edits, default 10), BENCH_LOAD_RUNS (big-file loads, default
// 3), BENCH_TIMEOUT_MS (one step on a big plan, default 300000). A step that times out or fails
// is recorded as such; the run goes on.

import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { execFileSync } from "node:child_process";
import { launchBrowser } from "../../tests/e2e/browser.mjs";
import { startServer } from "../static-server.mjs";

const [dist, out, largeFile, xlFile] = process.argv.slice(2);
if (!dist || !out || !largeFile || !xlFile) {
  console.error("uso: node scripts/bench/app.mjs DIST OUT.json PLAN_10K.json PLAN_20MB.json");
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS || 10);
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS || 3);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT_MS || 300_000);
// BENCH_ONLY=first,ilo,10k,20mb,slow,calc runs some parts only (while working on one of them).
const want = (part) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(",").includes(part);
const EXAMPLE = "40.11 %";
const ILO_FIELD = "Valor obtenido 2022 de IND.01.OEI.02";
// The synthetic plans' own indicator of OEI.01: 0 and 100 flip it between met and not met
// whatever its direction, which moves the institution figure by 0.01 points.
const BIG_FIELD = "Valor obtenido 2022 de IND.01.OEI.01";

const log = (...a) => console.log("[bench app]", ...a);

function stats(values) {
  const v = values.filter((x) => typeof x === "number").sort((a, b) => a - b);
  if (v.length === 0) return { median: null, worst: null, runs: values.length, failed: values.length, all: values };
  return { median: v[Math.floor(v.length / 2)], worst: v[v.length - 1], runs: values.length, failed: values.length - v.length, all: values };
}

// Runs in the page before the app: the helpers the timed steps below share (the institution
// figure as text; a callback run just after the next frame is painted), keeps the wasm instance
// Trunk announces (its memory is not otherwise reachable: window.wasmBindings holds the JS glue
// only), and notes when the example's figure is first painted (performance.now() counts from
// navigation start).
function pageProbe(example) {
  const figure = () => {
    const el = document.querySelector('[data-testid="institucion-resultado"]');
    return el ? el.textContent.replace(/\s+/g, " ").trim() : null;
  };
  // rAF runs just before the frame is painted, the message just after.
  const afterPaint = (f) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = f;
      ch.port2.postMessage(0);
    });
  window.__bench = { figure, afterPaint };
  addEventListener("TrunkApplicationStarted", (e) => (window.__bench.wasm = e.detail.wasm));
  const observer = new MutationObserver(() => {
    if (window.__bench.exampleAt === undefined && figure() === example) {
      window.__bench.exampleInDom = performance.now();
      observer.disconnect();
      afterPaint(() => (window.__bench.exampleAt = performance.now()));
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

// In the page: sets the field's value, fires `input`, and resolves with the milliseconds until
// the institution figure differs from `before` and the next frame has been painted (null on
// timeout).
function timedEdit([input, value, timeout]) {
  const { figure, afterPaint } = window.__bench;
  const before = figure();
  return new Promise((resolve) => {
    let done = false;
    const t0 = performance.now();
    const finish = (v) => {
      if (done) return;
      done = true;
      observer.disconnect();
      resolve(v);
    };
    const check = () => {
      if (done || figure() === before) return;
      observer.disconnect();
      afterPaint(() => finish({ ms: performance.now() - t0, figure: figure() }));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => finish(null), timeout);
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    check();
  });
}

// In the page: sets the field's value and resolves once the page has painted a frame after it
// (the app's update runs before the next frame).
function settleEdit([input, value]) {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200)));
}

// In the page, before the file is set: from the input's `change` to the figure differing from
// `before` and painted, clicking "Reemplazar el borrador actual" as soon as it appears (an
// untouched example is replaced without asking, so the dialog may never come).
function armLoad(timeout) {
  const { figure, afterPaint } = window.__bench;
  const before = figure();
  window.__benchLoad = new Promise((resolve) => {
    const r = { before };
    let done = false;
    const finish = (v) => {
      if (done) return;
      done = true;
      observer.disconnect();
      resolve(v);
    };
    const check = () => {
      if (done || r.t0 === undefined) return;
      const button = [...document.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent.trim() === "Reemplazar el borrador actual");
      if (button && r.dialog === undefined) {
        r.dialog = performance.now() - r.t0;
        button.click();
      }
      const now = figure();
      if (now !== null && now !== before) {
        observer.disconnect();
        afterPaint(() => finish({ ...r, ms: performance.now() - r.t0, figure: figure() }));
      }
    };
    const observer = new MutationObserver(check);
    document.addEventListener("change", () => {
      r.t0 = performance.now();
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      check();
    }, { capture: true, once: true });
    setTimeout(() => finish({ ...r, ms: null, timeout: true }), timeout);
  });
}

// GNU gzip -9, as scripts/check-bundle.mjs counts (zlib's level 9 differs by ~1 %).
function gzipSize(path) {
  return execFileSync("gzip", ["-9", "-c", path], { maxBuffer: 1 << 30 }).length;
}

async function fileRow(path, kind) {
  // The .br sibling scripts/post-build.mjs writes: what a host that serves them sends.
  const brotli = (await stat(`${path}.br`).catch(() => null))?.size ?? null;
  return { file: basename(path), kind, raw: (await stat(path)).size, gzip: gzipSize(path), brotli };
}

const kindOf = (name) => (name.endsWith(".wasm") ? "wasm" : name.endsWith(".js") ? "js" : name.endsWith(".css") ? "css" : name.endsWith(".html") ? "html" : "other");

const { server, url } = await startServer(dist, 0);
const browser = await launchBrowser();
const result = { chromium: browser.version(), url_kind: "loopback, no compression, no cache (new context per run)" };

/** A fresh context (cold cache, empty storage) with the probe installed. */
async function freshPage(options = {}) {
  const context = await browser.newContext({ locale: "es-PE", ...options });
  await context.addInitScript(pageProbe, EXAMPLE);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const requests = [];
  page.on("requestfinished", (r) => requests.push(r.url()));
  return { context, page, errors, requests };
}

async function openExample(page) {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.__bench.exampleAt !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => window.__bench.exampleAt);
}

// CSS locators, not getByRole/getByLabel: with tens of thousands of rows on the page,
// Playwright's accessible-name search takes minutes per query and would be measured instead
// of the app.
const byLabel = (page, label) => page.locator(`[aria-label="${label}"]`);

async function goTo(page, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await page.locator('nav[aria-label="Pantallas"] button', { hasText: new RegExp(`^\\s*${escaped}\\s*$`) }).click({ timeout: TIMEOUT });
}

/** Memory after a forced garbage collection: V8's JS heap (CDP) and the wasm linear memory. */
async function memory(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
  return { js_heap_used: get("JSHeapUsedSize"), js_heap_total: get("JSHeapTotalSize"), wasm_memory: wasm, total: (get("JSHeapUsedSize") ?? 0) + (wasm ?? 0) };
}

// 1. First load: time to the example's figure, and which files came over the wire.
if (want("first")) {
  const times = [];
  let fetched = null;
  for (let i = 0; i < RUNS; i++) {
    const { context, page, requests } = await freshPage();
    try {
      times.push(await openExample(page));
      if (i === 0) {
        // Indicadores' code follows a second after the figures (lazy_screen.rs).
        await page.waitForTimeout(1500);
        await page.waitForLoadState("networkidle");
        fetched = [...new Set(requests.map((u) => new URL(u).pathname.replace(/^\//, "") || "index.html"))];
      }
    } catch (e) {
      log("first load failed:", e.message);
      times.push(null);
    }
    await context.close();
  }
  // The pieces of split code (scripts/split-wasm.mjs) are not needed for the first figures: what
  // comes unasked (the budget and checks, Indicadores) starts once they are on screen.
  const files = [];
  const after = [];
  for (const name of fetched ?? []) (/-(split|chunk)-[\w-]+\.wasm$/.test(name) ? after : files).push(await fileRow(join(dist, name), kindOf(name)));
  // Fetched only when a workbook is asked for.
  const worker = [];
  for (const name of (await readdir(dist)).filter((n) => n.startsWith("semaforo-export-worker")).sort()) {
    worker.push(await fileRow(join(dist, name), kindOf(name)));
  }
  const sum = (rows, key) => rows.reduce((s, r) => s + r[key], 0);
  result.first_load = {
    example_visible_ms: stats(times),
    files,
    total_raw: sum(files, "raw"),
    total_gzip: sum(files, "gzip"),
    total_brotli: files.every((f) => f.brotli != null) ? sum(files, "brotli") : null,
    export_worker: { files: worker, total_raw: sum(worker, "raw"), total_gzip: sum(worker, "gzip") },
    after_figures: { files: after, total_raw: sum(after, "raw"), total_gzip: sum(after, "gzip") },
  };
  log(`first load: example on screen after ${result.first_load.example_visible_ms.median?.toFixed(0)} ms (median), ${files.length} files, ${result.first_load.total_gzip} bytes gzip`);
}

// 2. One edit on the Ilo plan, alternating 55 (institution 42.88 %) and 40 (back to 40.11 %).
if (want("ilo")) {
  const { context, page } = await freshPage();
  const edits = [];
  try {
    await openExample(page);
    await goTo(page, "Indicadores");
    const field = await byLabel(page, ILO_FIELD).elementHandle();
    for (let i = 0; i < RUNS + 1; i++) {
      const r = await page.evaluate(timedEdit, [field, i % 2 === 0 ? "55" : "40", 10_000]);
      if (i === 0 && r?.figure !== "42.88 %") log(`Ilo edit: expected 42.88 %, saw ${r?.figure}`);
      // The first edit warms up the code path; it is kept apart.
      if (i > 0) edits.push(r?.ms ?? null);
      else result.edit_ilo_first_ms = r?.ms ?? null;
    }
  } catch (e) {
    log("Ilo edit failed:", e.message);
    result.edit_ilo_error = e.message;
  }
  result.edit_ilo_ms = stats(edits);
  log(`Ilo edit: ${result.edit_ilo_ms.median?.toFixed(1)} ms median, ${result.edit_ilo_ms.worst?.toFixed(1)} ms worst`);
  await context.close();
}

/** Opens the app, loads `file` through "Borradores y archivos", replacing the example. */
async function loadPlan(file) {
  const session = await freshPage();
  const { page } = session;
  try {
    await openExample(page);
    await goTo(page, "Borradores y archivos");
    await page.evaluate(armLoad, TIMEOUT);
    await byLabel(page, "Abrir archivo de plan").setInputFiles(file, { timeout: TIMEOUT });
    const load = await page.evaluate(() => window.__benchLoad, null);
    return { ...session, load };
  } catch (e) {
    await session.context.close();
    throw e;
  }
}

// 3. The 10,000-indicator plan: load it, then edits of one indicator.
if (want("10k")) {
  const plan = { file: basename(largeFile), bytes: (await stat(largeFile)).size };
  let session;
  try {
    session = await loadPlan(largeFile);
    plan.load_ms = session.load.ms;
    plan.load_until_dialog_ms = session.load.dialog ?? null;
    plan.figure = session.load.figure ?? null;
    log(`10k plan loaded in ${plan.load_ms ?? "timeout"} ms (figure ${plan.figure})`);
    if (plan.load_ms !== null) {
      const t = Date.now();
      log("opening the Indicadores screen");
      await goTo(session.page, "Indicadores");
      log(`clicked after ${Date.now() - t} ms`);
      const field = byLabel(session.page, BIG_FIELD);
      await field.waitFor({ timeout: TIMEOUT });
      plan.open_indicators_screen_ms = Date.now() - t;
      const handle = await field.elementHandle();
      // Start from 0, which may or may not change the figure (it depends on the indicator's
      // direction), so it is not timed; from there 100 and 0 alternate and each one flips it.
      await session.page.evaluate(settleEdit, [handle, "0"]);
      const edits = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const r = await session.page.evaluate(timedEdit, [handle, i % 2 === 0 ? "100" : "0", TIMEOUT]);
        if (i === 0) plan.edit_first_ms = r?.ms ?? null;
        else edits.push(r?.ms ?? null);
        log(`10k edit ${i}: ${r ? r.ms.toFixed(1) + " ms → " + r.figure : "timeout"}`);
        if (!r) break; // one timeout says enough; the rest would each wait as long
      }
      plan.edit_ms = stats(edits);
    }
    plan.memory = await memory(session.context, session.page);
    plan.page_errors = session.errors.slice(0, 5);
  } catch (e) {
    log("10k plan failed:", e.message);
    plan.error = e.message;
  }
  await session?.context.close();
  result.plan_10k = plan;
}

// 4. The ~20 MB plan: time from the file input to its figures, and the memory it then takes.
if (want("20mb")) {
  const plan = { file: basename(xlFile), bytes: (await stat(xlFile)).size };
  const loads = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    let session;
    try {
      session = await loadPlan(xlFile);
      loads.push(session.load.ms);
      log(`20 MB plan load ${i}: ${session.load.ms ?? "timeout"} ms (dialog after ${session.load.dialog ?? "-"} ms, figure ${session.load.figure ?? "-"})`);
      if (i === 0) {
        plan.load_until_dialog_ms = session.load.dialog ?? null;
        plan.figure = session.load.figure ?? null;
        plan.memory = await memory(session.context, session.page);
        plan.page_errors = session.errors.slice(0, 5);
      }
      if (session.load.ms === null) break;
    } catch (e) {
      log("20 MB plan failed:", e.message);
      plan.error = e.message;
      loads.push(null);
      break;
    } finally {
      await session?.context.close();
    }
  }
  plan.load_ms = stats(loads);
  result.plan_20mb = plan;
}

// 5. The old PC on a slow municipal link (issue 19): Chromium's CPU throttling and network
// emulation on the page. Cold: a new profile. Second visit: the same profile once the service
// worker holds the site (its own downloads are not throttled: DevTools throttles the page only).
const SLOW = { cpu_slowdown: 6, down_kbit_s: 1600, up_kbit_s: 750, latency_ms: 150 };

async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: SLOW.latency_ms,
    downloadThroughput: (SLOW.down_kbit_s * 1000) / 8,
    uploadThroughput: (SLOW.up_kbit_s * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW.cpu_slowdown });
}

// In the page: clicks the screen's button and resolves with the milliseconds until `testid` is
// on screen and painted.
function timedScreen([name, testid, timeout]) {
  const { afterPaint } = window.__bench;
  const shown = () => {
    const el = document.querySelector(`[data-testid="${testid}"]`);
    return el && el.getClientRects().length > 0 && el.textContent.trim() !== "";
  };
  return new Promise((resolve) => {
    const button = [...document.querySelectorAll('nav[aria-label="Pantallas"] button')].find((b) => b.textContent.trim() === name);
    const t0 = performance.now();
    window.__screenT0 = t0;
    let done = false;
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (done || !shown()) return;
      done = true;
      observer.disconnect();
      afterPaint(() => resolve(performance.now() - t0));
    };
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => !done && (done = true, observer.disconnect(), resolve(null)), timeout);
    button.click();
    check();
  });
}

// In the page, after timedScreen: the time from the same click until no element matches
// `selector` (e.g. a report still drawing its parts) and a frame is painted.
function timedUntilGone([selector, timeout]) {
  const { afterPaint } = window.__bench;
  return new Promise((resolve) => {
    const deadline = performance.now() + timeout;
    const poll = () => {
      if (!document.querySelector(selector)) return afterPaint(() => resolve(performance.now() - window.__screenT0));
      if (performance.now() > deadline) return resolve(null);
      setTimeout(poll, 10);
    };
    poll();
  });
}

if (want("slow")) {
  const slow = { profile: SLOW };
  const cold = [];
  const warm = [];
  const informe = [];
  const informeComplete = [];
  let edits = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const { context, page } = await freshPage();
    page.on("response", (r) => {
      if (r.url().endsWith("_bg.wasm")) slow.wasm_encoding ??= r.headers()["content-encoding"] ?? "identity";
    });
    try {
      await throttle(context, page);
      cold.push(await openExample(page));
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        for (let n = 0; n < 1200; n++) {
          const key = (await caches.keys()).find((k) => k.startsWith("semaforo-"));
          if (key && (await (await caches.open(key)).keys()).some((r) => r.url.includes("semaforo-export-worker-"))) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      });
      warm.push(await openExample(page));
      if (i === 0) {
        await goTo(page, "Indicadores");
        const field = await byLabel(page, ILO_FIELD).elementHandle();
        for (let k = 0; k < RUNS + 1; k++) {
          const r = await page.evaluate(timedEdit, [field, k % 2 === 0 ? "55" : "40", 10_000]);
          if (k > 0) edits.push(r?.ms ?? null);
        }
      }
      // Informe the first time, its code downloaded over the slow link: a profile without the
      // service worker, whose copy of the site would otherwise serve it.
      const first = await freshPage({ serviceWorkers: "block" });
      try {
        await throttle(first.context, first.page);
        await openExample(first.page);
        informe.push(await first.page.evaluate(timedScreen, ["Informe", "informe-institucion", 60_000]));
        informeComplete.push(await first.page.evaluate(timedUntilGone, [".informe[aria-busy]", 60_000]));
      } finally {
        await first.context.close();
      }
      log(`slow link ${i}: cold ${cold.at(-1)?.toFixed(0)} ms, second visit ${warm.at(-1)?.toFixed(0)} ms, Informe ${informe.at(-1)?.toFixed(0)} ms (all of it ${informeComplete.at(-1)?.toFixed(0)} ms)`);
    } catch (e) {
      log("slow link failed:", e.message);
      slow.error = e.message;
    }
    await context.close();
  }
  slow.cold_ms = stats(cold);
  slow.warm_ms = stats(warm);
  slow.informe_first_ms = stats(informe);
  slow.informe_complete_ms = stats(informeComplete);
  slow.edit_ilo_ms = stats(edits);
  log(`slow link: edit ${slow.edit_ilo_ms.median?.toFixed(1)} ms median at ${SLOW.cpu_slowdown}× CPU`);
  result.slow = slow;
}

// 6. The same Ilo plan as the workbook the app exports, opened and converted by LibreOffice
// headless (`soffice --headless --convert-to`): what the spreadsheet route costs on this machine.
if (want("calc")) {
  const calc = {};
  const soffice = ["soffice", "libreoffice"].find((c) => {
    try {
      execFileSync(c, ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
  if (!soffice) {
    calc.error = "LibreOffice is not installed (apt install libreoffice-calc-nogui)";
    log(calc.error);
  } else {
    const dir = await mkdtemp(join(tmpdir(), "semaforo-calc-"));
    const { context, page } = await freshPage();
    try {
      await openExample(page);
      await goTo(page, "Informe");
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 120_000 }),
        page.locator("button", { hasText: /^\s*Descargar Excel \(\.xlsx\)\s*$/ }).click(),
      ]);
      const xlsx = join(dir, "ilo-2022.xlsx");
      await download.saveAs(xlsx);
      calc.xlsx_bytes = (await stat(xlsx)).size;
      calc.version = execFileSync(soffice, ["--version"]).toString().trim();
      // A profile of its own, made by the first run (reported apart), as on a planner's PC.
      const profile = `-env:UserInstallation=file://${join(dir, "perfil")}`;
      const runs = [];
      for (let i = 0; i < LOAD_RUNS + 1; i++) {
        const t0 = performance.now();
        execFileSync(soffice, [profile, "--headless", "--calc", "--convert-to", "ods", "--outdir", join(dir, "salida"), xlsx], { stdio: "ignore", timeout: 300_000 });
        const ms = performance.now() - t0;
        if (i === 0) calc.first_run_ms = ms;
        else runs.push(ms);
      }
      calc.open_convert_ms = stats(runs);
      log(`LibreOffice: ${calc.open_convert_ms.median?.toFixed(0)} ms median to open and convert the Ilo workbook (first run ${calc.first_run_ms.toFixed(0)} ms)`);
    } catch (e) {
      calc.error = e.message;
      log("LibreOffice step failed:", e.message);
    }
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
  result.calc = calc;
}

await browser.close();
server.close();
await writeFile(out, JSON.stringify(result, null, 2));
log(`wrote ${out}`);
