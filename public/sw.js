// Semáforo's service worker: keeps this version's files so the app opens and works without a
// network after the first visit. scripts/post-build.mjs fills in VERSION and FILES (every file
// of the build, named with its content hash) and writes the result to dist/sw.js.
//
// A new version installs beside the one in use and waits; the page offers it and sends
// "activar" only when the user asks. Drafts live in the page's local storage, never here.

const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `semaforo-${VERSION}`;

self.addEventListener("install", (event) => {
  // "reload": straight from the server, so a stale HTTP cache never ends up in the precache.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("semaforo-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "activar") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // The page itself, whatever its address (the folder, index.html, a query).
      const page = request.mode === "navigate" ? await cache.match("index.html") : undefined;
      return page ?? (await cache.match(request)) ?? fetch(request);
    })(),
  );
});
