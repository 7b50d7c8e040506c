/**
 * Writes app/favicon.ico from app/icon.svg: the same mark at 16, 32 and 48 px, each a PNG inside
 * one ICO file (PNG entries are part of the ICO format since Windows Vista; every current browser
 * reads them).
 *
 * Why a favicon.ico at all, when every page links icon.svg: browsers ask for /favicon.ico on their
 * own whenever a page has no icon link at the moment it finishes loading. Chromium does so during
 * some client-side navigations, while Next.js swaps the page's head, and logs the 404 as a console
 * error. Older browsers on hospital PCs ask for it always. Served, it costs one small file.
 *
 * Run after changing app/icon.svg: `npx tsx scripts/generate-favicon.ts`. It renders the SVG in the
 * system Chromium (no download), so the output is committed rather than built in CI.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const SIZES = [16, 32, 48] as const;
const root = fileURLToPath(new URL("../", import.meta.url));
const svg = readFileSync(`${root}app/icon.svg`, "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const pngs: Buffer[] = [];
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}" style="display:block">`);
    await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
    pngs.push(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
  }
} finally {
  await browser.close();
}

// ICO layout: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images.
// https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // 1 = icon
header.writeUInt16LE(pngs.length, 4);
let offset = 6 + 16 * pngs.length;
const entries = pngs.map((png, i) => {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(SIZES[i]!, 0); // width
  entry.writeUInt8(SIZES[i]!, 1); // height
  entry.writeUInt8(0, 2); // no palette
  entry.writeUInt8(0, 3); // reserved
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += png.length;
  return entry;
});
const ico = Buffer.concat([header, ...entries, ...pngs]);
writeFileSync(`${root}app/favicon.ico`, ico);
console.log(`app/favicon.ico: ${SIZES.join(", ")} px, ${ico.length} bytes`);
