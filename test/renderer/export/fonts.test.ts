import { describe, expect, it } from 'vitest';
import { fontFaceCss, svgText } from '../../../renderer/src/export/fonts';
import { renderMapSvg } from '../../../renderer/src/export/svg';
import { minimalMap } from '../../fixtures/maps';

describe('fonts embedded in pictures', () => {
  it('subset to the characters drawn: text and titles, not tags, attributes or the style sheet', () => {
    const map = minimalMap();
    map.title = 'Café <&> 咖啡';
    map.touchpoints[0]!.title = '点单 "quick"';
    const { svg } = renderMapSvg(map, { theme: 'light', background: true, locale: 'en', fontCss: '@font-face{font-family:"Zq"}' });
    const chars = svgText(svg);
    for (const ch of 'Café<&>咖啡点单"quick') expect(chars).toContain(ch);
    // Tag and attribute names, and the CSS, are not text: "Z" only appears in the style sheet, "=" only in attributes.
    expect(chars).not.toContain('Z');
    expect(chars).not.toContain('=');
    expect([...chars].length).toBe(new Set(chars).size);
  });

  it('declares both weights with the family the picture asks for', () => {
    const css = fontFaceCss(new Uint8Array([0, 1, 2, 250]), new Uint8Array([3]));
    expect(css).toContain('font-family:"Noto Sans SC";font-style:normal;font-weight:400;src:url(data:font/ttf;base64,AAEC+g==) format("truetype")');
    expect(css).toContain('font-weight:700;src:url(data:font/ttf;base64,Aw==)');
  });
});
