import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMessages } from '../../../src/i18n/export';
import { evidenceName, laneKindName, levelName, lineName } from '../../../src/i18n/vocab';
import { GRID, layoutGrid } from '../../../src/layout';
import { parseMap, type MapDocument } from '../../../src/model';
import { createMapFromTemplate } from '../../../src/templates';
import { fitLines, formatEmotion, MARGIN, renderMapSvg, textWidth, visibleSelection, xmlEscape } from '../../../renderer/src/export/svg';
import { PALETTES } from '../../../renderer/src/theme/tokens';
import { arbMap } from '../../fixtures/arbitrary';

function sample(name: string): MapDocument {
  const result = parseMap(readFileSync(new URL(`../../../samples/${name}.tpmap.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`sample ${name} does not parse`);
  return result.map;
}

const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TAG = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/;

/** Throws unless `xml` is one well-formed element: balanced tags, quoted attributes, no raw `<` or stray `&` in text. */
function checkWellFormed(xml: string): { elements: number } {
  if (XML_INVALID.test(xml)) throw new Error('character not allowed in XML');
  const stack: string[] = [];
  let elements = 0;
  let i = 0;
  let rootClosed = false;
  const checkAmps = (text: string, where: string) => {
    for (let k = text.indexOf('&'); k !== -1; k = text.indexOf('&', k + 1)) {
      if (!ENTITY.test(text.slice(k))) throw new Error(`bare & in ${where}: ${text.slice(k, k + 20)}`);
    }
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.trim() && stack.length === 0) throw new Error(`text outside the root: ${text.slice(0, 20)}`);
    checkAmps(text, 'text');
    if (text.includes('>')) throw new Error(`raw > in text: ${text.slice(0, 40)}`);
    if (lt === -1) break;
    const match = TAG.exec(xml.slice(lt));
    if (!match) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 60)}`);
    const [whole, closing, name, attrs, selfClosing] = match;
    checkAmps(attrs!, `attributes of <${name}>`);
    const attrNames = [...attrs!.matchAll(/([\w:.-]+)\s*=/g)].map((m) => m[1]);
    if (new Set(attrNames).size !== attrNames.length) throw new Error(`duplicate attribute in <${name}>`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
      if (stack.length === 0) rootClosed = true;
    } else {
      if (rootClosed) throw new Error('second root element');
      elements += 1;
      if (!selfClosing) stack.push(name!);
    }
    i = lt + whole!.length;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('> <')}>`);
  if (!rootClosed) throw new Error('no root element');
  return { elements };
}

/** The card groups in document order: id and the <title> inside each. */
function cards(svg: string): { id: string; title: string }[] {
  return [...svg.matchAll(/<g class="card" data-id="([^"]*)"><title>([^<]*)<\/title>/g)].map((m) => ({ id: m[1]!, title: m[2]! }));
}

const light = (map: MapDocument, extra: Partial<Parameters<typeof renderMapSvg>[1]> = {}) =>
  renderMapSvg(map, { theme: 'light', background: true, locale: map.locale ?? 'en', ...extra });

describe('the well-formedness check used here', () => {
  it('rejects what an XML parser would reject', () => {
    expect(checkWellFormed('<svg><g a="1"><title>x &amp; y</title></g></svg>').elements).toBe(3);
    for (const bad of ['<svg><g></svg>', '<svg>a < b</svg>', '<svg>a & b</svg>', '<svg a="<"/>', '<svg a="1" a="2"/>', '<svg/><svg/>', '<svg>\u0001</svg>', '<svg><g></h></svg>']) {
      expect(() => checkWellFormed(bad), bad).toThrow();
    }
  });
});

describe('renderMapSvg', () => {
  it.each(['hotel-stay', 'car-dealer-aftersales', 'haidilao-hotpot-dinner'])('draws every touchpoint of %s once, titled, in a well-formed SVG', (name) => {
    const map = sample(name);
    const { svg, width, height } = light(map);
    checkWellFormed(svg);
    const drawn = cards(svg);
    expect(drawn.map((c) => c.id).sort()).toEqual(map.touchpoints.map((t) => t.id).sort());
    for (const tp of map.touchpoints) {
      expect(drawn.find((c) => c.id === tp.id)!.title).toBe(xmlEscape(tp.title));
      expect(svg.split(`<title>${xmlEscape(tp.title)}</title>`).length - 1).toBe(1);
    }
    const layout = layoutGrid(map);
    expect(width).toBe(Math.ceil(layout.width + GRID.laneHeaderWidth + 2 * MARGIN));
    expect(height).toBe(Math.ceil(layout.height + GRID.stageHeaderHeight + 2 * MARGIN));
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    for (const stage of map.stages) expect(svg).toContain(`>${xmlEscape(fitLines(stage.name, 1e6, 14, 1, true)[0]!)}<`);
  });

  it('escapes markup in titles, names and labels', () => {
    const map = sample('hotel-stay');
    const nasty = `<script>alert("x")</script> & 'quoted' ]]> \u0001`;
    map.title = nasty;
    map.stages[0]!.name = `<b>Stage</b> & co`;
    map.lanes[0]!.name = `Lane "one" <i>`;
    map.touchpoints[0]!.title = nasty;
    map.touchpoints[1]!.painPoints = [{ id: 'px', title: '<pain> & "more"', severity: 'critical' }];
    map.links = [...(map.links ?? []), { id: 'lx', from: map.touchpoints[0]!.id, to: map.touchpoints[1]!.id, label: '<a href="x">&</a>' }];
    const { svg } = light(map);
    checkWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<i>');
    expect(svg).not.toContain('<pain>');
    expect(svg).not.toContain('<a ');
    expect(svg).not.toContain('\u0001');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; ]]&gt;');
    expect(cards(svg).find((c) => c.id === map.touchpoints[0]!.id)!.title).toBe(xmlEscape(nasty));
  });

  it('draws only the selected touchpoints, cropped to them, with only the links between them', () => {
    const map = sample('hotel-stay');
    const link = map.links!.find((l) => (l.kind ?? 'flow') === 'flow')!;
    const other = map.touchpoints.find((t) => t.id !== link.from && t.id !== link.to && map.links!.some((l) => l.from === t.id || l.to === t.id))!;
    const only = new Set([link.from, link.to]);
    const full = light(map);
    const part = light(map, { only });
    checkWellFormed(part.svg);
    expect(cards(part.svg).map((c) => c.id).sort()).toEqual([...only].sort());
    expect(part.svg).not.toContain(`data-id="${other.id}"`);
    const linksBetween = map.links!.filter((l) => only.has(l.from) && only.has(l.to) && l.from !== l.to).length;
    expect(part.svg.split('class="link"').length - 1).toBe(linksBetween);
    // Cropped: the bounding box of the two cards plus the margin.
    const layout = layoutGrid(map);
    const boxes = [...only].map((id) => layout.cards.get(id)!);
    const w = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
    const h = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
    expect(part.width).toBe(Math.ceil(w + 2 * MARGIN));
    expect(part.height).toBe(Math.ceil(h + 2 * MARGIN));
    expect(part.width).toBeLessThan(full.width);
    // No grid: stage and lane headers are not drawn.
    for (const stage of map.stages) expect(part.svg).not.toContain(`>${xmlEscape(stage.name)}<`);
    expect(part.svg).not.toContain(`>${map.lanes[0]!.name}<`);
  });

  it('selection of nothing visible draws an empty, well-formed picture', () => {
    const map = sample('hotel-stay');
    const { svg, width, height } = light(map, { only: new Set(['no-such-id']) });
    checkWellFormed(svg);
    expect(cards(svg)).toHaveLength(0);
    expect([width, height]).toEqual([2 * MARGIN, 2 * MARGIN]);
  });

  it('leaves hidden lanes out: their cards, their header, links to them, and the lines they carried', () => {
    const map = sample('hotel-stay');
    const backstage = map.lanes.find((l) => l.kind === 'backstage')!;
    map.view = { hiddenLanes: [backstage.id] };
    const { svg } = light(map);
    checkWellFormed(svg);
    const hiddenIds = map.touchpoints.filter((t) => t.lane === backstage.id).map((t) => t.id);
    expect(hiddenIds.length).toBeGreaterThan(0);
    const drawn = cards(svg).map((c) => c.id);
    for (const id of hiddenIds) expect(drawn).not.toContain(id);
    expect(drawn).toHaveLength(map.touchpoints.length - hiddenIds.length);
    expect(svg).not.toContain(`>${backstage.name}<`);
    const visibleLinks = (map.links ?? []).filter((l) => !hiddenIds.includes(l.from) && !hiddenIds.includes(l.to) && l.from !== l.to);
    expect(svg.split('class="link"').length - 1).toBe(visibleLinks.length);
    // Frontstage now sits on support: the line of visibility is still drawn, the internal line is not.
    expect(svg).toContain(`>${lineName('visibility', 'en')}<`);
    expect(svg).not.toContain(`>${lineName('internal', 'en')}<`);
    expect(visibleSelection(map, new Set(hiddenIds))).toEqual([]);
  });

  it('labels the three blueprint lines in the map’s language', () => {
    const en = light(sample('hotel-stay')).svg;
    for (const line of ['interaction', 'visibility', 'internal'] as const) expect(en).toContain(`>${lineName(line, 'en')}<`);
    const zh = light(sample('car-dealer-aftersales')).svg;
    for (const line of ['interaction', 'visibility', 'internal'] as const) expect(zh).toContain(`>${lineName(line, 'zh-CN')}<`);
  });

  it('names each lane’s kind under its name, and each card’s level', () => {
    const map = sample('hotel-stay');
    const { svg } = renderMapSvg(map, { theme: 'light', background: true, locale: 'zh-CN' });
    expect(svg).toContain(`>${laneKindName('customer', 'zh-CN')}<`);
    const memorable = map.touchpoints.filter((t) => t.level === 'memorable').length;
    expect(memorable).toBeGreaterThan(0);
    expect(svg.split(`>${levelName('memorable', 'zh-CN')}<`).length - 1).toBe(memorable);
  });

  it('marks assumed and proposed touchpoints, proposed ones with a dashed outline', () => {
    const map = sample('hotel-stay');
    map.touchpoints[0]!.evidence = 'proposed';
    map.touchpoints[1]!.evidence = 'assumed';
    map.touchpoints[2]!.evidence = 'observed';
    const { svg } = light(map);
    const group = (id: string) => svg.split('<g class="card" ').find((piece) => piece.startsWith(`data-id="${id}"`)) ?? '';
    for (const tp of map.touchpoints.slice(0, 3)) expect(group(tp.id)).toContain(`<title>${xmlEscape(tp.title)}</title>`);
    expect(group(map.touchpoints[0]!.id)).toContain(`>${evidenceName('proposed', 'en')}<`);
    expect(group(map.touchpoints[0]!.id)).toContain('stroke-dasharray="5 3"');
    expect(group(map.touchpoints[1]!.id)).toContain(`>${evidenceName('assumed', 'en')}<`);
    expect(group(map.touchpoints[1]!.id)).not.toContain('stroke-dasharray="5 3"');
    expect(group(map.touchpoints[2]!.id)).not.toContain('class="evidence"');
  });

  it('draws pain markers by severity, fail and wait marks, emotion', () => {
    const map = sample('car-dealer-aftersales');
    const { svg } = light(map, { locale: 'en' });
    const pains = map.touchpoints.reduce((sum, t) => sum + Math.min(4, t.painPoints?.length ?? 0), 0);
    const painTitles = [...svg.matchAll(/<title>(Low|Medium|High|Critical) pain point: /g)].length;
    expect(painTitles).toBe(pains);
    expect(svg.split(`<title>${exportMessages.en['mark.fail']}</title>`).length - 1).toBe(map.touchpoints.filter((t) => t.failPoint).length);
    expect(svg.split(`<title>${exportMessages.en['mark.wait']}</title>`).length - 1).toBe(map.touchpoints.filter((t) => t.waitPoint).length);
    const emotions = map.touchpoints.filter((t) => t.emotion !== undefined && layoutGrid(map).cards.has(t.id)).length;
    expect([...svg.matchAll(/<title>Emotion [+\u22120-9.]+<\/title>/g)].length).toBe(emotions);
    // Critical pain points use the palette's critical colour.
    if (map.touchpoints.some((t) => t.painPoints?.some((p) => p.severity === 'critical'))) expect(svg).toContain(`fill="${PALETTES.light.severity.critical}"`);
  });

  it('draws the emotion curve through the mean emotion of each stage in an emotions lane', () => {
    const map = createMapFromTemplate('journey', 'en', 'Curve');
    const lane = map.lanes.find((l) => l.kind === 'customer')!;
    const emotions = [2, -1, -3];
    map.touchpoints = emotions.map((emotion, i) => ({ id: `t${i}`, stage: map.stages[i]!.id, lane: lane.id, title: `Step ${i}`, emotion }));
    map.touchpoints.push({ id: 'extra', stage: map.stages[0]!.id, lane: lane.id, title: 'Also', emotion: 1 });
    const { svg } = light(map);
    checkWellFormed(svg);
    const curve = /<g class="emotion-curve">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(curve).not.toBe('');
    // One dot per stage with emotions; labels are the means (stage 1: (2 + 1) / 2).
    expect(curve.split('<circle').length - 1).toBe(3);
    for (const mean of [1.5, -1, -3]) expect(curve).toContain(`>${formatEmotion(mean)}<`);
    // Stages without emotions break the line rather than dropping to 0: one segment of three points.
    const path = /<path d="(M[^"]*)" fill="none" stroke="[^"]*" stroke-width="2.5"/.exec(curve)?.[1] ?? '';
    expect(path.split('M').length - 1).toBe(1);
    expect(path.split('L').length - 1).toBe(2);
  });

  it('follows the theme and the background switch', () => {
    const map = sample('hotel-stay');
    const dark = renderMapSvg(map, { theme: 'dark', background: true, locale: 'en' });
    expect(dark.svg).toContain(`fill="${PALETTES.dark.canvas}"`);
    expect(dark.svg).toContain(`fill="${PALETTES.dark.card}"`);
    expect(dark.svg).not.toContain(`fill="${PALETTES.light.card}"`);
    const bare = renderMapSvg(map, { theme: 'light', background: false, locale: 'en' });
    expect(bare.svg).not.toContain(`<rect width="${bare.width}" height="${bare.height}"`);
    expect(bare.svg).not.toContain(`fill="${PALETTES.light.bandB}"`);
    expect(light(map).svg).toContain(`<rect width="${bare.width}" height="${bare.height}" fill="${PALETTES.light.canvas}"/>`);
  });

  it('puts the font stack and any embedded font CSS in the picture', () => {
    const { svg } = light(sample('hotel-stay'), { fontCss: '@font-face{font-family:"Noto Sans SC";src:url(data:font/ttf;base64,AAAA)}' });
    checkWellFormed(svg);
    expect(svg).toContain('"Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif');
    expect(svg).toContain('@font-face{font-family:"Noto Sans SC";src:url(data:font/ttf;base64,AAAA)}');
  });

  it('is well-formed for any map, with every visible touchpoint drawn once and no raw text markup', () => {
    fc.assert(
      fc.property(arbMap, fc.constantFrom('light', 'dark' as const), fc.boolean(), fc.constantFrom('en', 'zh-CN' as const), fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), (map, theme, background, locale, pick) => {
        const layout = layoutGrid(map);
        const only = pick === undefined ? undefined : new Set(map.touchpoints.filter((_, i) => i % pick === 0).map((t) => t.id));
        const { svg, width, height } = renderMapSvg(map, { theme, background, locale, ...(only ? { only } : {}) });
        checkWellFormed(svg);
        expect(width).toBeGreaterThan(0);
        expect(height).toBeGreaterThan(0);
        const expected = map.touchpoints.filter((t) => layout.cards.has(t.id) && (!only || only.has(t.id)));
        const drawn = cards(svg);
        expect(drawn.map((c) => c.id)).toEqual([...layout.cards.keys()].filter((id) => expected.some((t) => t.id === id)));
        for (const c of drawn) expect(c.title).toBe(xmlEscape(map.touchpoints.find((t) => t.id === c.id)!.title));
      }),
      { numRuns: 150 },
    );
  });
});

describe('text fitting', () => {
  it('wraps to at most two lines and ends a cut title with an ellipsis that fits', () => {
    const long = 'Books two nights online, asks for a quiet room and notes a 23:00 arrival after a delayed flight';
    const lines = fitLines(long, 196, 13, 2, true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 13, true)).toBeLessThanOrEqual(196);
    expect(long.startsWith(lines[0]!)).toBe(true);
    const zh = fitLines('客户休息区：咖啡、Wi-Fi、办公桌、儿童角，还有一个很长很长很长很长很长的说明文字', 196, 13, 2, true);
    expect(zh).toHaveLength(2);
    expect(zh[1]!.endsWith('…')).toBe(true);
    expect(fitLines('Short', 196, 13, 2)).toEqual(['Short']);
  });

  it('never loses text that fits, and never overflows', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), fc.integer({ min: 40, max: 300 }), (text, width) => {
        const lines = fitLines(text, width, 13, 2);
        expect(lines.length).toBeLessThanOrEqual(2);
        const cut = lines.some((l) => l.endsWith('…') && !text.replace(/\s+/g, ' ').trim().endsWith(l));
        if (!cut) expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines) if ([...line].length > 1) expect(textWidth(line, 13)).toBeLessThanOrEqual(width + 0.001);
      }),
      { numRuns: 200 },
    );
  });

  it('formats emotions with a real minus sign and no negative zero', () => {
    expect(formatEmotion(2)).toBe('+2');
    expect(formatEmotion(1.25)).toBe('+1.3');
    expect(formatEmotion(-1.25)).toBe('\u22121.3');
    expect(formatEmotion(-0.01)).toBe('0');
    expect(formatEmotion(0)).toBe('0');
  });
});
