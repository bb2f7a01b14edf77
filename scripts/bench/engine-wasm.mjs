#!/usr/bin/env node
// The engine benchmark compiled to wasm (crates/bench-wasm), run in headless Chromium: the same
// parse / evaluate / serialise as the native one, so the wasm/native ratio is known.
//
//   node scripts/bench/engine-wasm.mjs PKG_DIR OUT.json [sizes=ilo,small,medium,large,xl]
//
// PKG_DIR holds `wasm-bindgen --target web` output (semaforo_bench_wasm.js and its .wasm).

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { launchBrowser } from "../../tests/e2e/browser.mjs";
import { startServer } from "../static-server.mjs";

const [dir, out, sizes = "ilo,small,medium,large,xl"] = process.argv.slice(2);
if (!dir || !out) {
  console.error("uso: node scripts/bench/engine-wasm.mjs PKG_DIR OUT.json [tamaños]");
  process.exit(2);
}

// A page whose only job is to load the module and expose its `run`.
await writeFile(
  join(dir, "index.html"),
  `<!DOCTYPE html><meta charset="utf-8"><title>bench</title>
<script type="module">
import init, { run } from "./semaforo_bench_wasm.js";
await init();
window.benchRun = run;
window.benchReady = true;
</script>`,
);

const { server, url } = await startServer(dir, 0);
const browser = await launchBrowser();
const plans = [];
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
  for (const size of sizes.split(",")) {
    // The XL plan takes a few seconds per operation at worst; generous, so a slow machine still
    // reports a figure.
    const text = await page.evaluate((s) => window.benchRun(s), size, { timeout: 600_000 });
    const row = JSON.parse(text);
    if (row.error) throw new Error(row.error);
    console.log(
      `wasm ${row.plan.padEnd(13)} parse ${row.parse_ms_median.toFixed(2)} ms, evaluate ${row.evaluate_ms_median.toFixed(2)} ms, ` +
        `serialise ${row.serialise_ms_median.toFixed(2)} ms, ${Math.round(row.indicators_per_s)} indicators/s`,
    );
    plans.push(row);
  }
} finally {
  await browser.close();
  server.close();
}
// BENCH_WASM_BUILD names another build of the same module (scripts/bench.sh also times one at
// opt-level 3, to tell wasm's own cost from the page's size setting).
const build = process.env.BENCH_WASM_BUILD || "wasm32, profile release (opt-level z) + wasm-opt -Oz, headless Chromium";
await writeFile(out, JSON.stringify({ build, plans }, null, 2));
