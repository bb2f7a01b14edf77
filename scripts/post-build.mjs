#!/usr/bin/env node
// Finishes Trunk's build (run by Trunk as a post_build hook, see Trunk.toml; or by hand:
// `node scripts/post-build.mjs DIR`). On the staged files:
//
//  0. The app's wasm is cut at its split points (scripts/split-wasm.mjs): the rarely opened
//     screens download when first opened.
//  1. The export worker's three files and the install manifest get a content hash in their
//     names, like every other file the page fetches, so an updated page never meets a stale
//     cached one. The page finds the worker loader's name in <meta name=semaforo-export-worker>
//     (src/export_worker.rs).
//  2. Trunk's inline start-up script moves to its own hashed file, so the Content-Security-Policy
//     needs no 'unsafe-inline' for scripts. The build fails if any inline script is left.
//  3. sw.js is written from public/sw.js with this build's files and a version made of their
//     hashes (offline after the first visit).
//  4. Every text and wasm file gets precompressed .gz and .br siblings for hosts that serve them.
//  5. semaforo.html: the whole app in one file for a USB stick (scripts/single-file.mjs). It is
//     not in the service worker's list: a hosted page never needs it.
//
// Paths stay relative ("./…"), so the site works from any folder of any host.

import { createHash } from "node:crypto";
import { readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { singleFile } from "./single-file.mjs";
import { splitApp } from "./split-wasm.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("[post-build] no directory: pass one, or run from Trunk (TRUNK_STAGING_DIR)");
  process.exit(2);
}
const source = new URL("../public/", import.meta.url);
const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const fail = (why) => {
  console.error(`[post-build] ${why}`);
  process.exit(1);
};

let html = await readFile(join(dir, "index.html"), "utf8");

// 0. The app's wasm, cut at its split points.
html = await splitApp(dir, html, {
  sourceDir: process.env.TRUNK_SOURCE_DIR ?? new URL("..", import.meta.url).pathname,
  profile: process.env.TRUNK_PROFILE ?? "release",
}).catch((e) => fail(`splitting the app's wasm: ${e.message}`));

// 1. The export worker.
const WORKER = "semaforo-export-worker";
const wasmBytes = await readFile(join(dir, `${WORKER}_bg.wasm`));
const glueBytes = await readFile(join(dir, `${WORKER}.js`));
const wasmName = `${WORKER}-${hash(wasmBytes)}_bg.wasm`;
const glueName = `${WORKER}-${hash(glueBytes)}.js`;
const loader = (await readFile(join(dir, `${WORKER}_loader.js`), "utf8"))
  .replace(`./${WORKER}.js`, `./${glueName}`)
  .replace(`./${WORKER}_bg.wasm`, `./${wasmName}`);
if (!loader.includes(glueName) || !loader.includes(wasmName)) fail(`the worker's loader no longer names ${WORKER}.js and ${WORKER}_bg.wasm: see Trunk's data-loader-shim`);
const loaderName = `${WORKER}_loader-${hash(loader)}.js`;
await rename(join(dir, `${WORKER}_bg.wasm`), join(dir, wasmName));
await rename(join(dir, `${WORKER}.js`), join(dir, glueName));
await writeFile(join(dir, loaderName), loader);
await rm(join(dir, `${WORKER}_loader.js`));
html = html.replace(/<\/title>/, `</title><meta name=semaforo-export-worker content=./${loaderName}>`);

// 1b. The install manifest, hashed like the rest, naming the hashed icon.
const iconName = html.match(/<link href=\.\/(favicon-[0-9a-f]+\.svg) [^>]*rel=icon>/)?.[1];
if (!iconName) fail("index.html has no hashed icon for the manifest");
const manifest = (await readFile(join(dir, "manifest.webmanifest"), "utf8")).replace('"src": "favicon.svg"', `"src": "${iconName}"`);
if (!manifest.includes(iconName)) fail('public/manifest.webmanifest no longer names its icon as "src": "favicon.svg"');
const manifestName = `manifest-${hash(manifest)}.webmanifest`;
await writeFile(join(dir, manifestName), manifest);
await rm(join(dir, "manifest.webmanifest"));
if (!html.includes("<link href=manifest.webmanifest rel=manifest>")) fail("index.html has no <link rel=manifest href=manifest.webmanifest>");
html = html.replace("<link href=manifest.webmanifest rel=manifest>", `<link href=./${manifestName} rel=manifest>`);

// 2. Trunk's inline start-up script.
const started = [];
html = html.replace(/<script type=module>([\s\S]*?)<\/script>/g, (_, code) => {
  const name = `start-${hash(code)}.js`;
  started.push([name, code]);
  return `<script type=module src=./${name}></script>`;
});
for (const [name, code] of started) await writeFile(join(dir, name), code);
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  if (!/\bsrc=/.test(m[1]) || m[2].trim()) fail(`an inline script is left in index.html (the policy forbids them): ${m[0].slice(0, 120)}`);
}
if (/script-src[^;]*'unsafe-inline'/.test(html)) fail("the Content-Security-Policy still allows inline scripts");
await writeFile(join(dir, "index.html"), html);

// 3. The service worker.
const files = (await listFiles(dir)).filter((f) => f !== "sw.js" && f !== "semaforo.html" && !/\.(gz|br)$/.test(f)).sort();
const fingerprint = createHash("sha256");
for (const f of files) fingerprint.update(`${f}\0`).update(await readFile(join(dir, f)));
const sw = (await readFile(new URL("sw.js", source), "utf8"))
  .replace('"__VERSION__"', JSON.stringify(fingerprint.digest("hex").slice(0, 16)))
  .replace("__FILES__", JSON.stringify(files));
if (sw.includes("__VERSION__") || sw.includes("__FILES__")) fail("public/sw.js lost its __VERSION__ or __FILES__ placeholder");
await writeFile(join(dir, "sw.js"), sw);

// 4. Precompressed copies. Brotli at its highest quality: built once, downloaded by every user.
const COMPRESSED = /\.(html|js|css|wasm|json|svg|webmanifest)$/;
for (const f of [...files, "sw.js"].filter((f) => COMPRESSED.test(f))) {
  const bytes = await readFile(join(dir, f));
  await writeFile(join(dir, `${f}.gz`), gzipSync(bytes, { level: 9 }));
  await writeFile(join(dir, `${f}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
}
// 5. The single file.
const single = await singleFile(dir, html, { glue: glueName, wasm: wasmName }).catch((e) => fail(`semaforo.html: ${e.message}`));
await writeFile(join(dir, "semaforo.html"), single);

console.log(`[post-build] ${files.length} files, worker ${loaderName}, semaforo.html ${(single.length / 1048576).toFixed(1)} MB, service worker version ${JSON.parse(sw.match(/const VERSION = ("[^"]+")/)[1])}`);

async function listFiles(root) {
  const out = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath ?? entry.path, entry.name);
    out.push(relative(root, full).split(sep).join("/"));
  }
  return out;
}
