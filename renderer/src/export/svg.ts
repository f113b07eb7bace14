/** The app's door to the picture builder (src/picture/svg.ts): it picks the palette of the chosen theme. */
import type { MapDocument } from '../../../src/model';
import { renderMapSvg as buildMapSvg, type MapSvg, type SvgOptions as PictureOptions } from '../../../src/picture/svg';
import { PALETTES, type ThemeName } from '../theme/tokens';

export { FONT_STACK, MARGIN, fitLines, formatEmotion, textWidth, visibleSelection, xmlEscape, type MapSvg } from '../../../src/picture/svg';

export interface SvgOptions extends Omit<PictureOptions, 'palette'> {
  readonly theme: ThemeName;
}

export function renderMapSvg(map: MapDocument, { theme, ...options }: SvgOptions): MapSvg {
  return buildMapSvg(map, { ...options, palette: PALETTES[theme] });
}
