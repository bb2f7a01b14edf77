// Printing helpers: the page printed to A4 PDF as Chromium's Ctrl+P does, and its text.
//
// Not a test file itself (node --test only runs *.test.mjs here).

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Text of a PDF, as pdftotext (poppler-utils, installed by scripts/setup.sh) reads it. */
export function pdfText(buffer) {
  const dir = mkdtempSync(join(tmpdir(), "semaforo-pdf-"));
  try {
    const file = join(dir, "informe.pdf");
    writeFileSync(file, buffer);
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the page as it is on screen now; returns its pages' text (pdftotext splits pages with \f). */
export async function printed(page) {
  await page.emulateMedia({ media: "print" });
  try {
    const text = pdfText(await page.pdf({ format: "A4", printBackground: true }));
    const pages = text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim() !== "");
    return { text: text.replace(/\s+/g, " "), pages };
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
}

/** Programmer words that must never reach paper: error codes and JSON paths. */
export const CODE_OR_PATH = /\b[A-Z]+_[A-Z_]{2,}\b|objectives\[|poi\.[a-z_]+|settings\.[a-z_]+|\bnull\b/;
