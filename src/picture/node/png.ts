/**
 * The map picture as PNG, rasterised in Node by resvg (the @resvg/resvg-js package ships its native
 * binary, so nothing is compiled or downloaded at install). resvg reads fonts from files only, so the
 * report's font subset for the picture's text is written to a temporary folder for the call.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFonts } from '../../report/fonts/build';
import type { FontSource } from '../../report/fonts/source';

/** Widest side, in pixels, a PNG may have: past it image viewers and slide tools give up. */
export const MAX_PNG_SIDE = 16_384;

export async function rasteriseSvg(svg: string, scale: number, fonts: FontSource): Promise<Uint8Array> {
  // The SVG's own characters are the text it sets (markup adds only ASCII, which the subset has anyway).
  const faces = await buildFonts(svg, fonts);
  const dir = await mkdtemp(join(tmpdir(), 'touchpoint-png-'));
  try {
    const files = [join(dir, 'regular.ttf'), join(dir, 'bold.ttf')];
    await writeFile(files[0]!, faces.regular.ttf);
    await writeFile(files[1]!, faces.bold.ttf);
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
    });
    return new Uint8Array(resvg.render().asPng());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
