/** The map as a picture for the command line: the SVG the canvas draws, or a PNG rasterised from it. */
import { translate, type Locale, type Params } from '../i18n';
import { interchangeMessages, type InterchangeKey } from '../i18n/interchange';
import type { MapDocument } from '../model';
import { MAX_PNG_SIDE, rasteriseSvg } from '../picture/node/png';
import { PALETTES } from '../picture/palette';
import { renderMapSvg } from '../picture/svg';
import { FontLoadError } from '../report/fonts/source';
import { nodeFontSource } from '../report/node/font-source';
import type { CliContext } from './context';

/** The SVG, or the PNG rasterised from it; or why it cannot be made (fonts missing, too large). */
export async function drawPicture(
  map: MapDocument,
  options: { locale: Locale; dark: boolean; png: boolean; scale: number },
  ctx: CliContext,
): Promise<{ data: string | Uint8Array; width: number; height: number } | { error: string }> {
  const t = (key: InterchangeKey, params?: Params) => translate(interchangeMessages, ctx.locale, key, params);
  const { svg, width, height } = renderMapSvg(map, { palette: PALETTES[options.dark ? 'dark' : 'light'], background: true, locale: options.locale });
  if (!options.png) return { data: svg, width, height };
  const side = Math.ceil(Math.max(width, height) * options.scale);
  if (side > MAX_PNG_SIDE) return { error: t('export.png-too-large', { side, max: MAX_PNG_SIDE }) };
  if (!ctx.resolvePackageFile) return { error: t('export.fonts-missing', { detail: 'no package resolver' }) };
  try {
    return { data: await rasteriseSvg(svg, options.scale, nodeFontSource(ctx.resolvePackageFile)), width: Math.ceil(width * options.scale), height: Math.ceil(height * options.scale) };
  } catch (e) {
    if (e instanceof FontLoadError || (e instanceof Error && /Cannot find module/.test(e.message))) return { error: t('export.fonts-missing', { detail: e.message }) };
    throw e;
  }
}
