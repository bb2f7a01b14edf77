#!/usr/bin/env node
// Puts the three benchmarks' figures together with the machine they ran on and issue 6's
// budgets: writes docs/benchmarks.json and docs/benchmarks.md, and prints the Markdown.
//
//   node scripts/bench/report.mjs NATIVE.json WASM.json APP.json OUT_DIR [README.md]
//
// With README.md, also replaces the budgets table between its benchmarks:start/end markers.
//
// Budgets are figures to compare against, not tests: a missed budget shows ✘ and nothing fails.

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";

const [nativeFile, wasmFile, appFile, outDir, readme, wasmO3File] = process.argv.slice(2);
const read = async (f) => JSON.parse(await readFile(f, "utf8").catch(() => "null"));
const native = await read(nativeFile);
const wasm = await read(wasmFile);
const app = await read(appFile);
const wasmO3 = wasmO3File ? await read(wasmO3File) : null;

const git = (...a) => {
  try {
    return execFileSync("git", a, { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};
function cpuModel() {
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    return info.match(/^model name\s*:\s*(.+)$/m)?.[1].trim() ?? cpus()[0]?.model ?? "unknown";
  } catch {
    return cpus()[0]?.model ?? "unknown";
  }
}
const machine = {
  date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  cpu: cpuModel(),
  cores: cpus().length,
  ram_gb: Math.round(totalmem() / 2 ** 30),
  load_average_at_start: process.env.BENCH_LOADAVG_START ? Number(process.env.BENCH_LOADAVG_START) : null,
  load_average_at_end: Number(loadavg()[0].toFixed(2)),
  chromium: app?.chromium ?? "not run",
  commit: git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain", "--untracked-files=no") ? " (with uncommitted changes)" : ""),
};

const n0 = (x) => (x == null ? "—" : Math.round(x).toLocaleString("en-US"));
const n1 = (x) => (x == null ? "—" : x.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const n2 = (x) => (x == null ? "—" : x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const kb = (b) => (b == null ? "—" : `${n1(b / 1024)} KB`);
const mb = (b) => (b == null ? "—" : `${n1(b / 2 ** 20)} MB`);
const ms = (x) => (x == null ? "timeout" : x >= 1000 ? `${n2(x / 1000)} s` : `${n1(x)} ms`);
const medWorst = (s) => (s ? `${ms(s.median)} / ${ms(s.worst)}` : "not measured");
const runsOf = (s) => (s ? `${s.runs - s.failed} of ${s.runs}` : "—");

const nativeL = native?.plans.find((p) => p.plan === "sintético L");
const wasmL = wasm?.plans.find((p) => p.plan === "sintético L");
const ratio = (w, n, key) => (w && n ? w[key] / n[key] : null);

// One line per budget: what, the figure measured, the budget, whether it is met.
const budgets = [];
const budget = (what, measured, limit, ok) => budgets.push({ what, measured, budget: limit, ok: ok ?? null });
const first = app?.first_load;
budget("First load, all files a first visit needs for its figures (the page and the example plan), gzip -9", kb(first?.total_gzip), "≤ 370 KB (issue 19; 250 KB the long-term goal)", first && first.total_gzip <= 370 * 1024);
budget("First load, the same files, brotli (the .br files the build writes)", first?.total_brotli ? kb(first.total_brotli) : "not measured", "≤ 300 KB", first?.total_brotli != null && first.total_brotli <= 300 * 1024);
budget("Ilo example on screen after navigation (median / worst)", medWorst(first?.example_visible_ms), "≤ 300 ms (median)", first?.example_visible_ms.median != null && first.example_visible_ms.median <= 300);
budget("One edit, Ilo plan (median / worst)", medWorst(app?.edit_ilo_ms), "≤ 16 ms (median)", app?.edit_ilo_ms?.median != null && app.edit_ilo_ms.median <= 16);
const e10k = app?.plan_10k?.edit_ms;
budget("One edit, 10,000-indicator plan (median / worst)", medWorst(e10k) + (e10k?.failed ? ` (${e10k.failed} timed out)` : ""), "≤ 50 ms (worst)", e10k?.worst != null && !e10k.failed && e10k.worst <= 50);
const load20 = app?.plan_20mb?.load_ms;
budget("20 MB plan loaded and evaluated (median / worst)", medWorst(load20), "≤ 1.5 s (median)", load20?.median != null && load20.median <= 1500);
const mem = app?.plan_20mb?.memory;
budget("Memory with the 20 MB plan open (JS heap + wasm)", mem ? `${mb(mem.total)} (${mb(mem.js_heap_used)} + ${mb(mem.wasm_memory)})` : "not measured", "≤ 300 MB", mem && mem.total <= 300 * 2 ** 20);
budget("Engine, native, indicators evaluated per second (10,000-indicator plan; the step that decides each indicator's result)", n0(nativeL?.indicators_per_s), "≥ 2,000,000", nativeL && nativeL.indicators_per_s >= 2e6);
const ratioKeys = ["parse_ms_median", "evaluate_ms_median", "edit_ms_median", "indicators_ms_median", "serialise_ms_median"];
const worstOf = (w) => Math.max(...ratioKeys.map((k) => ratio(w, nativeL, k) ?? NaN));
const worstRatio = worstOf(wasmL);
const worstO3 = worstOf(wasmO3?.plans.find((p) => p.plan === "sintético L"));
const sameLevel = Number.isFinite(worstO3) ? `; ${n2(worstO3)}× for the same code at opt-level 3` : "";
budget("Engine, wasm / native time at equal optimisation (opt-level 3), worst of parse, evaluate, edit, indicators, serialise (10,000-indicator plan; the page itself is built for size: its figure follows)", Number.isFinite(worstO3) ? `${n2(worstO3)}×; ${Number.isFinite(worstRatio) ? n2(worstRatio) : "—"}× for the page's opt-level z` : "not measured", "≤ 1.5×", Number.isFinite(worstO3) && worstO3 <= 1.5);
// The old PC on a slow link (issue 19).
const slow = app?.slow;
const profileText = slow ? `${slow.profile.cpu_slowdown}× CPU, ${n2(slow.profile.down_kbit_s / 1000)} Mbit/s, ${slow.profile.latency_ms} ms` : "";
budget(`Slow link, first visit: navigation to the Ilo figures (${profileText}; median / worst)`, medWorst(slow?.cold_ms), "≤ 4 s (median)", slow?.cold_ms?.median != null && slow.cold_ms.median <= 4000);
budget(`Slow link, second visit (the service worker's copy; median / worst)`, medWorst(slow?.warm_ms), "≤ 1.5 s (median)", slow?.warm_ms?.median != null && slow.warm_ms.median <= 1500);
budget(`Slow link, one edit on Ilo at ${slow?.profile.cpu_slowdown ?? 6}× CPU (median / worst)`, medWorst(slow?.edit_ilo_ms), "≤ 60 ms (median)", slow?.edit_ilo_ms?.median != null && slow.edit_ilo_ms.median <= 60);
budget("Slow link, Informe opened the first time: its figures on screen (median / worst)", medWorst(slow?.informe_first_ms), "≤ 1.5 s (median)", slow?.informe_first_ms?.median != null && slow.informe_first_ms.median <= 1500);
budgets.push({
  what: "Slow link, Informe opened the first time: the whole report drawn (it is drawn in parts after its summary; median / worst)",
  measured: medWorst(slow?.informe_complete_ms),
  budget: "—",
  ok: null,
});
const calc = app?.calc;
budgets.push({
  what: `For comparison: the Ilo workbook opened and converted by LibreOffice headless${calc?.version ? ` (${calc.version.split(" ").slice(0, 2).join(" ")})` : ""}, same machine, same run (median / worst)`,
  measured: calc?.open_convert_ms ? medWorst(calc.open_convert_ms) : calc?.error ?? "not measured",
  budget: "—",
  ok: null,
});

const mark = (ok, limit) => (limit === "—" ? "" : ok === true ? "✔" : ok === false ? "✘" : "?");
const lines = [];
const p = (s = "") => lines.push(s);
p("# Benchmarks");
p();
p(`Measured ${machine.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.ram_gb} GB RAM, ${machine.chromium === "not run" ? "Chromium not run" : `Chromium ${machine.chromium}`} (headless); 1-minute load average ${machine.load_average_at_start ?? "—"} at the start and ${machine.load_average_at_end} at the end (the machine may be shared); commit ${machine.commit}. Regenerate with \`bash scripts/bench.sh\`; the figures are in [benchmarks.json](benchmarks.json). 1 KB = 1,024 bytes, 1 MB = 1,024 KB.`);
p();
p("## Budgets (issues 6 and 19)");
p();
p("| what | measured | budget | |");
p("|---|---|---|---|");
for (const b of budgets) p(`| ${b.what} | ${b.measured} | ${b.budget} | ${mark(b.ok, b.budget)} |`);
p();
p("## Engine: native and wasm");
p();
p(`Median of ${native?.plans.map((r) => r.runs).join("/") ?? "—"} runs per plan. Native: ${native?.build ?? "not run"}. Wasm: ${wasm?.build ?? "not run"}. Parse includes the loader's checks; evaluate is the whole evaluation with every diagnostic (the consistency checks run inside it); edit is what typing an obtained value recomputes (every indicator, roll-ups and the diagnostics values decide; the POI's, structure's and targets' part is kept); indicators is the step that decides each indicator's result (\`evaluate_indicators\`), which the indicators/s column divides by; serialise writes the plan back to JSON. Times under 0.1 ms in the browser are below its clock's resolution.`);
p();
p("| plan | size | indicators | AO | parse native / wasm | evaluate native / wasm | edit native / wasm | indicators native / wasm | serialise native / wasm | wasm ÷ native (p / e / ed / i / s) | indicators/s native / wasm | parse MB/s native |");
p("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const n of native?.plans ?? []) {
  const w = wasm?.plans.find((x) => x.plan === n.plan);
  const pair = (k) => `${n2(n[k])} / ${w ? n2(w[k]) : "—"} ms`;
  const r = (k) => (w ? n2(w[k] / n[k]) : "—");
  const rate = (x) => (x.indicators_ms_median > 0 ? n0(x.indicators_per_s) : "—");
  p(`| ${n.plan} | ${mb(n.bytes)} | ${n0(n.indicators)} | ${n0(n.activities)} | ${pair("parse_ms_median")} | ${pair("evaluate_ms_median")} | ${pair("edit_ms_median")} | ${pair("indicators_ms_median")} | ${pair("serialise_ms_median")} | ${ratioKeys.map(r).join(" / ")} | ${rate(n)} / ${w ? rate(w) : "—"} | ${n1(n.parse_mb_per_s)} |`);
}
const o3 = wasmO3?.plans.find((x) => x.plan === "sintético L");
if (o3 && nativeL) {
  p();
  p(`The same engine code built for speed (${wasmO3.build}), 10,000-indicator plan, against native: ${ratioKeys.map((k) => `${k.replace("_ms_median", "")} ${n2(o3[k])} ms (${n2(o3[k] / nativeL[k])}×)`).join(", ")}. The page ships the size-tuned build above: the difference between the two rows is the price of a smaller download, not of wasm.`);
}
p();
p("## The app in headless Chromium");
p();
p("Release build (`trunk build --release`) served from loopback by `scripts/static-server.mjs`, which sends the build's precompressed `.br`/`.gz` files when the browser accepts them (the wasm came as `" + (app?.slow?.wasm_encoding ?? "?") + "`); every run in a new browser context (cold cache, empty storage). Times are taken inside the page with `performance.now()` (0.1 ms resolution in a page that is not cross-origin isolated): a MutationObserver sees the figure change, then the time is read after the next frame is painted (requestAnimationFrame, then a message). An edit is typed on the *Indicadores* screen by setting the field and dispatching `input`; the institution figure it waits for lives on *Resumen*, which stays in the page while hidden, so the time covers every dependent figure updated and the frame painted. A big plan is loaded through *Borradores y archivos* → \"Abrir archivo de plan\", timed from the input's `change` event; \"Reemplazar el borrador actual\" is clicked by the page script as soon as the dialog appears, when it does (an untouched example is replaced without asking).");
p();
p("| what | runs | median / worst |");
p("|---|---|---|");
p(`| Navigation to the Ilo example's figure (${app ? "40.11 %" : "—"}) on screen | ${runsOf(first?.example_visible_ms)} | ${medWorst(first?.example_visible_ms)} |`);
p(`| Ilo plan: typing a value for IND.01.OEI.02 (55, then 40, …) to the institution figure repainted | ${runsOf(app?.edit_ilo_ms)} | ${medWorst(app?.edit_ilo_ms)} |`);
const k = app?.plan_10k;
p(`| 10,000-indicator plan (${mb(k?.bytes)}): file input to figures on screen (file read and parsed, evaluated, drawn) | 1 | ${k ? ms(k.load_ms) : "not measured"} |`);
p(`| 10,000-indicator plan: "Indicadores" tab clicked to the field shown (timed from Node) | 1 | ${k?.open_indicators_screen_ms != null ? ms(k.open_indicators_screen_ms) : "not measured"} |`);
p(`| 10,000-indicator plan: typing a value for IND.01.OEI.01 (100, then 0, …) to the institution figure repainted | ${runsOf(k?.edit_ms)} | ${medWorst(k?.edit_ms)} |`);
const x = app?.plan_20mb;
p(`| 20 MB plan (${mb(x?.bytes)}): file input to figures on screen | ${runsOf(x?.load_ms)} | ${medWorst(x?.load_ms)} |`);
p();
p("Memory after a forced garbage collection (CDP `HeapProfiler.collectGarbage`, then `Performance.getMetrics` JSHeapUsedSize; wasm linear memory is `memory.buffer.byteLength` of the instance Trunk passes in its `TrunkApplicationStarted` event, since `window.wasmBindings` holds only the JS glue). Wasm memory never shrinks, so it is the high-water mark of the load:");
p();
p("| plan open | JS heap used | wasm memory | total |");
p("|---|---|---|---|");
for (const [name, m] of [["10,000-indicator plan, after its edits", k?.memory], ["20 MB plan, just loaded", x?.memory]]) {
  p(`| ${name} | ${mb(m?.js_heap_used)} | ${mb(m?.wasm_memory)} | ${mb(m?.total)} |`);
}
p();
p("First load, file by file (the test server sends the precompressed .br or .gz file when the browser accepts it; gzip -9 is the figure the budget is stated in):");
p();
p("| file | kind | raw | gzip -9 |");
p("|---|---|---|---|");
for (const f of first?.files ?? []) p(`| ${f.file} | ${f.kind} | ${n0(f.raw)} | ${n0(f.gzip)} |`);
p(`| **total** | | **${n0(first?.total_raw)}** | **${n0(first?.total_gzip)}** (${kb(first?.total_gzip)}) |`);
p();
p(`Fetched after the figures are on screen, unasked (the budget and checks at once, Indicadores a moment later): ${first?.after_figures ? `${first.after_figures.files.length} files, ${n0(first.after_figures.total_raw)} B raw, ${n0(first.after_figures.total_gzip)} B gzip -9 (${kb(first.after_figures.total_gzip)})` : "not measured"}.`);
p();
p(`Fetched only when a workbook is asked for (export worker): ${first ? first.export_worker.files.map((f) => `${f.file} ${n0(f.raw)} B raw, ${n0(f.gzip)} B gzip -9`).join("; ") : "not measured"}; total ${kb(first?.export_worker.total_gzip)} gzip -9.`);
const errors = [...(k?.page_errors ?? []), ...(x?.page_errors ?? [])];
const failures = [app?.edit_ilo_error, k?.error, x?.error].filter(Boolean);
if (errors.length || failures.length) {
  p();
  p("Problems seen during the run:");
  p();
  for (const e of [...failures, ...errors]) p(`- ${String(e).split("\n")[0]}`);
}
const md = lines.join("\n") + "\n";

await writeFile(join(outDir, "benchmarks.md"), md);
// The README shows the budgets table between its markers, so it never goes stale.
if (readme) {
  const text = await readFile(readme, "utf8");
  const start = "<!-- benchmarks:start -->";
  const end = "<!-- benchmarks:end -->";
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a >= 0 && b > a) {
    const head = lines.slice(lines.indexOf("| what | measured | budget | |"), lines.indexOf("## Engine: native and wasm") - 1);
    const block = [start, "", `Measured ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.ram_gb} GB RAM, Chromium ${machine.chromium}; details in [docs/benchmarks.md](docs/benchmarks.md).`, "", ...head, "", end].join("\n");
    await writeFile(readme, text.slice(0, a) + block + text.slice(b + end.length));
  }
}
await writeFile(join(outDir, "benchmarks.json"), JSON.stringify({ machine, budgets, native, wasm, app }, null, 2) + "\n");
process.stdout.write(md);
