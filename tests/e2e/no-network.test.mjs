// Journey: once the page has loaded, nothing goes over the network but the app's own code. A
// typical session — an edit, every screen, the report, a JSON export — fetches only the pieces of
// the rarely opened screens, each once, the first time one is opened (scripts/split-wasm.mjs);
// a second round of the same screens makes no request at all. The Excel workbook only fetches
// the export worker's own files from the same server. No request ever leaves the page's origin.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ILO,
  assertClean,
  expectText,
  freshProfile,
  goTo,
  institution,
  meetOei02,
  openApp,
  useBrowser,
} from "./journey.mjs";

const shared = useBrowser();

/** Requests that really go to a server (blob: and data: URLs are the page's own memory). */
const network = (urls) => urls.filter((url) => !/^(blob|data):/.test(url));

test("after load, a session fetches only its screens' code, once; the workbook only the worker's own files", { timeout: 120_000 }, async () => {
  const { context, page, watch } = await freshProfile(shared);
  await openApp(page, shared);
  await page.waitForLoadState("networkidle");
  const atLoad = network(watch.requests);
  assert.ok(atLoad.some((url) => url.endsWith(".wasm")), "the app's wasm was not loaded from the server");
  const loaded = watch.requests.length;

  // A typical session.
  await meetOei02(page);
  for (const screen of ["Resumen", "Presupuesto", /^Diagnósticos/, "Borradores y archivos", "Informe"]) {
    await goTo(page, screen);
  }
  await page.getByTestId("informe-institucion").waitFor();
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Guardar el plan en un archivo", exact: true }).first().click(),
  ]);
  assert.equal(json.suggestedFilename(), ILO.exportName);
  await goTo(page, "Resumen");
  await expectText(institution(page), ILO.institutionAfter55);
  await page.waitForLoadState("networkidle");
  const pieces = network(watch.requests.slice(loaded));
  for (const url of pieces) {
    assert.match(new URL(url).pathname, /^\/semaforo-app-(split|chunk)-[\w-]+-[0-9a-f]{16}\.wasm$/, `${url} is not a piece of a screen`);
  }
  assert.ok(pieces.some((url) => url.includes("-split-informe-")), "Informe's code was in the first load");
  assert.equal(new Set(pieces).size, pieces.length, "a piece was fetched twice");

  // The same screens again: everything is here already.
  const afterFirstRound = watch.requests.length;
  for (const screen of ["Presupuesto", /^Diagnósticos/, "Borradores y archivos", "Informe", "Resumen"]) {
    await goTo(page, screen);
  }
  await page.getByTestId("institucion-resultado").waitFor();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(network(watch.requests.slice(afterFirstRound)), [], "requests on the second visit of the screens");

  // The workbook: its worker is the only thing fetched on demand, from the page's own server.
  const beforeXlsx = watch.requests.length;
  await goTo(page, "Informe");
  const [xlsx] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: "Descargar Excel (.xlsx)" }).click(),
  ]);
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  await page.waitForLoadState("networkidle");
  const onDemand = network(watch.requests.slice(beforeXlsx));
  assert.ok(onDemand.length > 0, "the export worker was not fetched (was it already loaded at start?)");
  for (const url of onDemand) {
    const u = new URL(url);
    assert.equal(u.origin, watch.origin, `${url} is not on the page's origin`);
    assert.match(u.pathname, /^\/semaforo-export-worker[\w-]*(_bg\.wasm|\.js|_loader\.js)$/, `${url} is not one of the export worker's files`);
  }

  // And over the whole visit, no request left the page's origin (checked by assertClean too).
  const foreign = network(watch.requests).filter((url) => new URL(url).origin !== watch.origin);
  assert.deepEqual(foreign, []);
  await assertClean(page, watch);
  await context.close();
});
