// Cuts the page's wasm at its split points (src/components/lazy_screen.rs), so the rarely opened
// screens download the first time they are opened instead of with the page. Called by
// scripts/post-build.mjs on Trunk's staged build, before anything is hashed or compressed.
//
// Trunk cannot do this itself (trunk-rs/trunk#1022): the wasm must be split before wasm-bindgen
// reads it. So this step starts again from cargo's output (built with the `split` feature, which
// keeps the relocations, see build.rs) and replaces Trunk's app files:
//
//   wasm-split-cli (wasm_split_cli_support)  semaforo-app.wasm -> main.wasm, one .wasm per screen
//                                             and per piece two screens share, __wasm_split.js
//   wasm-bindgen --keep-lld-exports           main.wasm -> glue .js and _bg.wasm
//   wasm-opt -Oz --low-memory-unused          every .wasm (Trunk's own wasm-opt is off for the app
//                                             in index.html: this is the only optimisation pass)
//
// Every file gets a content-hashed name, like the rest of the build; the glue, the loader and
// the wasm files name each other, so the glue and loader share one hash of all of them.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const APP = "semaforo-app";
// wasm_split_macros' placeholder module: present only in a wasm built with split points.
const PLACEHOLDER = "__wasm_split_placeholder__";
// SEMAFORO_NAMED_BUILD=1 keeps function names through wasm-bindgen and wasm-opt (same
// optimisation otherwise), for scripts/bench/profile.mjs; never for a build that ships.
const NAMED = process.env.SEMAFORO_NAMED_BUILD === "1";
const OPT = ["-Oz", "--low-memory-unused", ...(NAMED ? ["-g"] : [])];
// Shared pieces smaller than this travel in one pack (see splitApp). 2 KB: 108 of the 150
// pieces on 2026-12-04, 71 KB raw in all.
const PACKED_BELOW = 2048;

const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed: ${e.code === "ENOENT" ? "not on PATH (bash scripts/setup.sh installs it)" : e.stderr?.toString() || e.message}`);
  }
};

/**
 * Splits the app in `dir` (Trunk's staging directory). `html` is its index.html, with Trunk's
 * inline start-up script still in it. Returns the new index.html, or `html` unchanged when the
 * wasm has no split points (a build without the `split` feature).
 */
export async function splitApp(dir, html, { sourceDir, profile }) {
  const start = html.match(/import init, \* as bindings from '\.\/(semaforo-app-[0-9a-f]+)\.js';/);
  if (!start) throw new Error("Trunk's start-up script no longer imports the app's glue as expected");
  const trunkName = start[1];
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(sourceDir, "target");
  const raw = join(targetDir, "wasm32-unknown-unknown", profile === "debug" ? "debug" : "release", `${APP}.wasm`);
  const input = await readFile(raw);
  if (!input.includes(Buffer.from(PLACEHOLDER))) return html;
  // Cargo's output must be the build Trunk just bound, not an older one.
  const [rawTime, trunkTime] = await Promise.all([raw, join(dir, `${trunkName}_bg.wasm`)].map(async (f) => (await stat(f)).mtimeMs));
  if (rawTime > trunkTime) throw new Error(`${raw} is newer than Trunk's build of it`);

  const work = await mkdtemp(join(tmpdir(), "semaforo-split-"));
  try {
    run("wasm-split-cli", [raw, work]);
    run("wasm-bindgen", ["--target", "web", "--no-typescript", "--keep-lld-exports", "--no-demangle", ...(NAMED ? ["--keep-debug"] : []), "--out-dir", work, "--out-name", APP, join(work, "main.wasm")]);
    const pieces = (await readdir(work)).filter((f) => /^(split|chunk)_\w+\.wasm$/.test(f)).sort();
    for (const f of [`${APP}_bg.wasm`, ...pieces]) run("wasm-opt", [...OPT, join(work, f), "-o", join(work, f)]);

    // The pieces: named by their own content. The small shared ones (most of them: code that
    // only some screens share) travel together in one pack, fetched once with the first piece in it that is
    // needed; on a slow link every request costs a round trip, and a screen needs dozens of them.
    const named = new Map();
    const packed = [];
    for (const f of pieces) {
      const bytes = await readFile(join(work, f));
      // A screen's own piece keeps its file (and its name, which tests and the network panel
      // read): one request per screen.
      if (bytes.length < PACKED_BELOW && f.startsWith("chunk_")) {
        packed.push([f, bytes]);
        continue;
      }
      const name = `${APP}-${f.replace(/\.wasm$/, "").replace(/_/g, "-")}-${hash(bytes)}.wasm`;
      named.set(f, name);
      await writeFile(join(dir, name), bytes);
    }
    let loader = await readFile(join(work, "__wasm_split.js"), "utf8");
    const fetchOf = (f) => `fetch(new URL("./${f}", import.meta.url))`;
    const replaceOnce = (f, by) => {
      const before = loader;
      loader = loader.replaceAll(fetchOf(f), by);
      if (loader === before) throw new Error(`__wasm_split.js does not fetch ${f} as expected`);
    };
    for (const [f, name] of named) replaceOnce(f, fetchOf(name));
    if (packed.length) {
      const pack = Buffer.concat(packed.map(([, bytes]) => bytes));
      const packName = `${APP}-chunk-pack-${hash(pack)}.wasm`;
      await writeFile(join(dir, packName), pack);
      let at = 0;
      for (const [f, bytes] of packed) {
        replaceOnce(f, `__packed(${at}, ${at + bytes.length})`);
        at += bytes.length;
      }
      // The pack's fetch is written like every piece's, so scripts/single-file.mjs and
      // scripts/check-bundle.mjs find it; a failed fetch is forgotten, so a later call retries.
      const helper = `
let __pack;
function __packed(start, end) {
    if (__pack === undefined) {
        const pack = ${fetchOf(packName)}.then((r) => {
            if (!r.ok) throw new Error(\`\${r.status} \${r.url}\`);
            return r.arrayBuffer();
        });
        pack.catch(() => { if (__pack === pack) __pack = undefined; });
        __pack = pack;
    }
    return __pack.then((bytes) => new Response(bytes.slice(start, end), { headers: { "Content-Type": "application/wasm" } }));
}
`;
      loader = loader.replace(/\nlet sharedImports = undefined;/, `${helper}\nlet sharedImports = undefined;`);
      if (!loader.includes("function __packed(")) throw new Error("__wasm_split.js no longer starts as split-wasm.mjs expects");
    }
    let glue = await readFile(join(work, `${APP}.js`), "utf8");
    const wasm = await readFile(join(work, `${APP}_bg.wasm`));
    if (!glue.includes('from "./__wasm_split.js"') || !loader.includes('from "./main.js"')) {
      throw new Error("the glue or __wasm_split.js no longer import each other as expected");
    }
    const id = hash(Buffer.concat([Buffer.from(glue), Buffer.from(loader), wasm]));
    const names = { glue: `${APP}-${id}.js`, wasm: `${APP}-${id}_bg.wasm`, loader: `${APP}-split-${id}.js` };
    glue = glue.replaceAll('from "./__wasm_split.js"', `from "./${names.loader}"`);
    loader = loader.replace('from "./main.js"', `from "./${names.glue}"`);
    await writeFile(join(dir, names.glue), glue);
    await writeFile(join(dir, names.wasm), wasm);
    await writeFile(join(dir, names.loader), loader);
    await rm(join(dir, `${trunkName}.js`));
    await rm(join(dir, `${trunkName}_bg.wasm`));

    // index.html: the start-up script and the preloads name the new files (with their
    // integrity), and the loader is preloaded too: the glue imports it before it can start.
    let out = html.replaceAll(`./${trunkName}_bg.wasm`, `./${names.wasm}`).replaceAll(`./${trunkName}.js`, `./${names.glue}`);
    out = out.replace(/(<link [^>]*href=\.\/semaforo-app-[0-9a-f]+\.js [^>]*integrity=)[^\s>]+/, `$1${sri(glue)}`);
    out = out.replace(/(<link [^>]*href=\.\/semaforo-app-[0-9a-f]+_bg\.wasm [^>]*integrity=)[^\s>]+/, `$1${sri(wasm)}`);
    if (out.includes(trunkName) || !out.includes(sri(glue)) || !out.includes(sri(wasm))) throw new Error("index.html names the app's files in a way split-wasm.mjs does not know");
    out = out.replace("</head>", `<link crossorigin href=./${names.loader} integrity=${sri(loader)} rel=modulepreload></head>`);
    console.log(`[split-wasm] ${pieces.length} pieces fetched when first needed (${packed.length} under ${PACKED_BELOW} B in one pack): ${[...named.values()].filter((n) => n.includes("-split-")).join(", ")}`);
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
