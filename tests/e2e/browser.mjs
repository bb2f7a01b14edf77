// Shared setup for the end-to-end tests: Debian's Chromium driven by playwright-core, and the
// built app served from dist/ (or $SEMAFORO_DIST, or from $SEMAFORO_URL when scripts/test.sh
// already serves it).

import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/static-server.mjs";

// Chromium runs as root in CI and must not phone home (the network is closed).
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.SEMAFORO_CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** The app's URL and a function that stops the server if this process started one. */
export async function appUrl() {
  if (process.env.SEMAFORO_URL) return { url: process.env.SEMAFORO_URL, stop: async () => {} };
  // $SEMAFORO_DIST: a build kept apart from dist/ (e.g. `trunk build --dist /tmp/dist-e2e`).
  const dist = process.env.SEMAFORO_DIST || fileURLToPath(new URL("../../dist", import.meta.url));
  const { server, url } = await startServer(dist, 0);
  return { url, stop: () => new Promise((ok) => server.close(ok)) };
}
