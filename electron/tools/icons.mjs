#!/usr/bin/env node
/**
 * `npm run icons`: every platform's icons from the two source images in build/ — icon.svg (the app)
 * and tpmap.svg (a .tpmap document). Renders them with Chromium (Debian's /usr/bin/chromium, or
 * CHROMIUM_PATH) and writes build/icon.png, build/tpmap.png, build/tpmap.ico and build/tpmap.icns.
 * electron-builder makes the app's .icns and .ico from icon.png itself. The outputs are committed, so
 * packaging needs no browser; run this after changing an SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ICNS_SIZES, ICO_SIZES, icnsFile, icoFile } from './icon-files.mjs';

const build = join(dirname(fileURLToPath(import.meta.url)), '../../build');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

async function render(svgName, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = readFileSync(join(build, svgName), 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, type: 'png' });
  await page.close();
  return png;
}

try {
  writeFileSync(join(build, 'icon.png'), await render('icon.svg', 1024));
  writeFileSync(join(build, 'tpmap.png'), await render('tpmap.svg', 1024));
  const ico = [];
  for (const size of ICO_SIZES) ico.push({ size, png: await render('tpmap.svg', size) });
  writeFileSync(join(build, 'tpmap.ico'), icoFile(ico));
  const icns = [];
  for (const size of ICNS_SIZES) icns.push({ size, png: await render('tpmap.svg', size) });
  writeFileSync(join(build, 'tpmap.icns'), icnsFile(icns));
  console.log(`Wrote icon.png, tpmap.png, tpmap.ico and tpmap.icns in ${build}`);
} finally {
  await browser.close();
}
