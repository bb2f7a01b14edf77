// Regenerates the README's screenshots from a build: `trunk build --release` then
// `node scripts/screenshots.mjs` (serves dist/ itself; Debian's Chromium, as the e2e tests use).

import { launchBrowser } from "../tests/e2e/browser.mjs";
import { startServer } from "./static-server.mjs";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const out = (name) => fileURLToPath(new URL(`../docs/img/${name}.png`, import.meta.url));
const { server, url } = await startServer(dist, 0);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(url);
  await page.getByTestId("institucion-resultado").waitFor();
  await page.getByRole("button", { name: "Ver el ejemplo (Ilo 2022)" }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out("resumen") });
  await page.getByRole("navigation", { name: "Pantallas" }).getByRole("button", { name: "Método" }).click();
  await page.getByTestId("regla-rollup").waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out("metodo") });
  // The teaching gallery, under Inicio.
  await page.getByRole("button", { name: "Inicio", exact: true }).click();
  await page.getByTestId("bienvenida").getByRole("button", { name: "Ejemplos para aprender" }).click();
  await page.getByTestId("galeria").getByRole("list").waitFor();
  // Tall enough that the gallery is shot without scrolling under the sticky tabs.
  await page.setViewportSize({ width: 1366, height: 2400 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out("ejemplos"), clip: await page.getByTestId("galeria").boundingBox() });
  // Paso a paso on a projector's 1280×720: OEI.01 of Ilo at its roll-up.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("button", { name: "Paso a paso (proyector)" }).click();
  const view = page.getByRole("dialog", { name: "Paso a paso" });
  await view.getByLabel("Qué explicar").selectOption("OEI.01");
  await view.focus();
  for (let n = 0; n < 7; n++) await page.keyboard.press("ArrowRight");
  await view.getByText("3. El resultado de OEI.01").waitFor();
  await page.screenshot({ path: out("paso-a-paso") });
  console.log("docs/img/resumen.png, docs/img/metodo.png, docs/img/ejemplos.png, docs/img/paso-a-paso.png written");
} finally {
  await browser.close();
  server.close();
}
