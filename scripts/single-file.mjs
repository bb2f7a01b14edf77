// The whole app in one self-contained page, `semaforo.html`, for a USB stick or a shared folder:
// opened by double-click (file://), with no server and no other file. Called by
// scripts/post-build.mjs on the finished build.
//
// What changes from the hosted page, and why:
// - The stylesheet, the icon and the start-up scripts are inlined; the app's and the export
//   worker's wasm travel as base64 in non-executable data blocks and are handed to wasm-bindgen
//   as bytes (file:// pages cannot fetch their neighbours).
// - The screens split out of the app's wasm (scripts/split-wasm.mjs) travel the same way; their
//   loader is inlined in the app's module and makes each piece's response from its bytes.
// - The export worker starts from a blob: URL made at start-up from its inlined code (browsers
//   refuse a worker script from a file:// URL); the page finds it through the same
//   <meta name=semaforo-export-worker> as the hosted page (src/export_worker.rs).
// - The built-in example (ejemplos/ilo-2022.json) and the teaching examples (ejemplos/taller/)
//   travel as JSON data blocks the page reads instead of fetching them (src/published.rs).
// - No service worker and no install manifest: file:// has neither.
// - The policy allows exactly the inline scripts written here, by their SHA-256, and workers
//   from blob: URLs only; nothing may be fetched.

import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** wasm-bindgen's ES-module glue as plain statements of one inline module (no import/export). */
function unmodule(glue) {
  const out = glue.replace(/^export (class|function|async function|const|let) /gm, "$1 ").replace(/^export \{[^}]*\};?\s*$/gm, "");
  if (/^\s*(export|import)\b/m.test(out) || !/\basync function __wbg_init\b/.test(out)) {
    throw new Error("the app's wasm-bindgen glue has a shape single-file.mjs does not know (export/import left, or no __wbg_init)");
  }
  return out;
}

/**
 * The glue with the split loader it imports (scripts/split-wasm.mjs) inlined ahead of it: the
 * loader's exports become an object the glue's imports name, and each piece it fetches is made
 * from a data block instead. Returns the code and the pieces' [block id, base64] pairs.
 */
async function inlineSplit(glue, read) {
  const imports = [...glue.matchAll(/^import \* as (\w+) from "\.\/(semaforo-app-split-[0-9a-f]+\.js)";?$/gm)];
  if (!imports.length) return { code: glue, pieces: [] };
  const loaderName = imports[0][2];
  if (imports.some((m) => m[2] !== loaderName)) throw new Error("the glue imports more than one split loader");
  let loader = (await read(loaderName)).toString("utf8").replace(/^import \{ initSync \} from "[^"]+";?$/m, "");
  const pieces = [];
  for (const m of [...loader.matchAll(/fetch\(new URL\("\.\/([\w-]+\.wasm)", import\.meta\.url\)\)/g)]) {
    const id = `semaforo-piece-${pieces.length}`;
    pieces.push([id, (await read(m[1])).toString("base64")]);
    loader = loader.replace(m[0], `Promise.resolve(new Response(__semaforoBytes("${id}"), { headers: { "Content-Type": "application/wasm" } }))`);
  }
  const exported = [...loader.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
  loader = loader.replace(/^export const /gm, "const ");
  if (/^\s*(export|import)\b/m.test(loader) || !pieces.length || !exported.length) {
    throw new Error(`${loaderName} has a shape single-file.mjs does not know`);
  }
  let code = glue;
  for (const [line, binding] of imports) code = code.replace(line, `const ${binding} = __semaforoSplit;`);
  return { code: `const __semaforoSplit = (() => {\n${loader}\nreturn { ${exported.join(", ")} };\n})();\n${code}`, pieces };
}

/**
 * Builds semaforo.html from the finished files in `dir`.
 * `html` is the hosted index.html as post-build wrote it; `worker` names the export worker's
 * glue and wasm there.
 */
export async function singleFile(dir, html, worker) {
  const read = (name) => readFile(join(dir, name.replace(/^\.\//, "")));
  const attr = (re) => {
    const m = html.match(re);
    if (!m) throw new Error(`index.html has no ${re}`);
    return m[1];
  };
  const css = (await read(attr(/<link href=([^\s>]+\.css) [^>]*rel=stylesheet>/))).toString("utf8");
  const icon = (await read(attr(/<link href=([^\s>]+\.svg) [^>]*rel=icon>/))).toString("base64");
  const start = (await read(attr(/<script type=module src=(\.\/start-[0-9a-f]+\.js)><\/script>/))).toString("utf8");
  const glueName = start.match(/from '([^']+\.js)'/)?.[1];
  const wasmName = start.match(/module_or_path: '([^']+\.wasm)'/)?.[1];
  if (!glueName || !wasmName) throw new Error("the start-up script no longer names the app's glue and wasm");
  const compat = (await read(attr(/<script defer [^>]*src=(\.\/compat-[0-9a-f]+\.js)><\/script>/))).toString("utf8");

  const appWasm = (await read(wasmName)).toString("base64");
  const workerCode = `${(await read(worker.glue)).toString("utf8")}
wasm_bindgen({ module_or_path: Uint8Array.from(atob(${JSON.stringify((await read(worker.wasm)).toString("base64"))}), (c) => c.charCodeAt(0)) });
`;
  const { code: glue, pieces } = await inlineSplit((await read(glueName)).toString("utf8"), read);
  // In a block of its own, so its names never meet the glue's top-level ones.
  const app = `const __semaforoBytes = (id) => Uint8Array.from(atob(document.getElementById(id).textContent.trim()), (c) => c.charCodeAt(0));
${unmodule(glue)}
{
  const workerUrl = URL.createObjectURL(new Blob([document.getElementById("semaforo-worker").textContent], { type: "text/javascript" }));
  document.querySelector("meta[name=semaforo-export-worker]").content = workerUrl;
  const wasm = await __wbg_init({ module_or_path: __semaforoBytes("semaforo-wasm") });
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
}
`;
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(app)} ${sha256(compat)} 'wasm-unsafe-eval'`,
    "worker-src blob:",
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  let page = html
    .replace(/<meta content="[^"]*" http-equiv=Content-Security-Policy>/, `<meta content="${policy}" http-equiv=Content-Security-Policy>`)
    .replace(/<meta name=semaforo-export-worker content=[^>]*>/, "<meta name=semaforo-export-worker content=>")
    .replace(/<link href=[^\s>]+\.css [^>]*rel=stylesheet>/, () => `<style>${css}</style>`)
    .replace(/<link href=[^\s>]+\.svg [^>]*rel=icon>/, `<link href="data:image/svg+xml;base64,${icon}" rel=icon>`)
    .replace(/<link href=\.\/manifest-[0-9a-f]+\.webmanifest rel=manifest>/, "")
    .replace(/<script [^>]*src=\.\/offline-[0-9a-f]+\.js[^>]*><\/script>/, "")
    .replace(/<script defer [^>]*src=\.\/compat-[0-9a-f]+\.js><\/script>/, () => `<script>${compat}</script>`)
    .replace(/<script type=module src=\.\/start-[0-9a-f]+\.js><\/script>/, () => `<script type=module>${app}</script>`)
    .replace(/<link [^>]*rel=modulepreload>/g, "")
    .replace(/<link [^>]*rel=preload [^>]*>/g, "");
  let blocks = pieces.map(([id, b64]) => `<script type=application/octet-stream id=${id}>${b64}</script>`).join("");
  const examples = ["ejemplos/ilo-2022.json", ...(await readdir(join(dir, "ejemplos", "taller"))).filter((n) => n.endsWith(".json")).sort().map((n) => `ejemplos/taller/${n}`)];
  for (const path of examples) {
    const text = (await read(path)).toString("utf8");
    blocks += `<script type=application/json id="semaforo-archivo:${path}">${text.replace(/<\/script/gi, "<\\/script")}</script>`;
  }
  if (!page.includes(policy)) throw new Error("index.html's Content-Security-Policy <meta> was not found");
  page = page.replace(
    "</body>",
    () =>
      `<script type=application/octet-stream id=semaforo-wasm>${appWasm}</script>${blocks}<script type=text/plain id=semaforo-worker>${workerCode.replace(/<\/script/gi, "<\\/script")}</script></body>`,
  );
  const left = [...page.matchAll(/\b(?:href|src)=(?:"([^"]*)"|([^\s>"]+))/g)].map((m) => m[1] ?? m[2]).filter((u) => !u.startsWith("data:"));
  if (left.length) throw new Error(`semaforo.html still points at other files: ${left.join(", ")}`);
  return page;
}
