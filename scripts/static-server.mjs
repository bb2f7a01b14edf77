#!/usr/bin/env node
// A small static file server for the built app (dist/), used by the end-to-end tests.
//
//   node scripts/static-server.mjs [dir=dist] [port=0] [prefix=/]
//
// Listens on 127.0.0.1 only. Port 0 picks a free port. Prints one line, "listening <url>",
// once it accepts connections. Also importable: `startServer(dir, port, prefix)`.
//
// `prefix` serves the site from a folder of the host (e.g. /intranet/semaforo/), as an IT
// office would; anything outside it is 404. A file's precompressed .br or .gz sibling (written by
// the build) is sent when the browser accepts it, as a host configured for them would.

import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** The precompressed sibling to send for `file`, if the browser takes it and the build wrote it. */
async function precompressed(file, accepted) {
  for (const [encoding, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (!new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
    const info = await stat(file + ext).catch(() => null);
    if (info?.isFile()) return { encoding, path: file + ext, size: info.size };
  }
  return null;
}

export function startServer(dir = "dist", port = 0, prefix = "/") {
  const root = resolve(dir);
  const base = prefix.endsWith("/") ? prefix : `${prefix}/`;
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" }).end();
        return;
      }
      let path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
      if (path === base.slice(0, -1)) {
        res.writeHead(301, { Location: base }).end();
        return;
      }
      if (!path.startsWith(base)) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("no encontrado\n");
        return;
      }
      path = path.slice(base.length - 1);
      if (path.endsWith("/")) path += "index.html";
      const file = resolve(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("no encontrado\n");
        return;
      }
      const packed = await precompressed(file, String(req.headers["accept-encoding"] ?? ""));
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": packed?.size ?? info.size,
        "Cache-Control": "no-store",
        Vary: "Accept-Encoding",
        ...(packed ? { "Content-Encoding": packed.encoding } : {}),
      });
      if (req.method === "HEAD") res.end();
      else createReadStream(packed?.path ?? file).pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(400);
      res.end();
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address();
      ok({ server, url: `http://127.0.0.1:${bound}${base}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = "dist", port = "0", prefix = "/"] = process.argv.slice(2);
  const { server, url } = await startServer(dir, Number(port), prefix);
  console.log(`listening ${url}`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
