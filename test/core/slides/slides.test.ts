import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { selectDoFirst } from '../../../src/advice';
import { analyzeMap } from '../../../src/analysis';
import { quote } from '../../../src/i18n';
import { parseMap } from '../../../src/model';
import { buildSlides, TOP_RISKS } from '../../../src/slides';
import { suggestionsForMap } from '../../../src/suggestions';
import { cli, withTempDir } from '../cli/helpers';

async function sample(name: string) {
  const result = parseMap(await readFile(`samples/${name}.tpmap.json`, 'utf8'));
  if (!result.ok) throw new Error('invalid sample');
  return result.map;
}

/** Each slide's text, in order, from the PPTX's XML. */
function slideTexts(pptx: Uint8Array): string[] {
  const files = unzipSync(pptx);
  const names = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  return names.map((n) => [...strFromU8(files[n]!).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '));
}

describe('slides', () => {
  it('has a title, the PDF summary\'s Do first actions at their steps, a slide per top risk with Prevent → Detect → Recover, and the stage scores (zh-CN)', async () => {
    const map = await sample('car-dealer-aftersales');
    const { pptx, slides } = await buildSlides(map, { locale: 'zh-CN' });
    const texts = slideTexts(pptx);
    const risks = analyzeMap(map).risks.slice(0, TOP_RISKS);
    expect(slides).toBe(texts.length);
    expect(texts).toHaveLength(3 + risks.length);
    expect(texts[0]).toContain(map.title);
    const advice = suggestionsForMap(map, 'zh-CN');
    const doFirst = selectDoFirst(map, analyzeMap(map), advice);
    expect(doFirst.actions.length).toBeGreaterThan(0);
    expect(texts[1]).toContain('优先行动');
    for (const action of doFirst.actions) {
      // The step where the work happens (a cause below the line when there is one) and what it removes.
      expect(texts[1]).toContain(map.touchpoints.find((tp) => tp.id === action.stepId)!.title);
      expect(texts[1]).toContain(action.advice.source === 'team' ? action.advice.text : action.advice.title);
      // Quoted once, the way Chinese quotes: a title's own “…” nest as ‘…’.
      for (const risk of action.removes) expect(texts[1]).toContain(quote(risk.title, 'zh-CN'));
    }
    risks.forEach((risk, i) => {
      const slide = texts[2 + i]!;
      expect(slide.startsWith(risk.title)).toBe(true);
      const at = ['事前预防', '事中控制', '事后补救'].map((tier) => slide.indexOf(tier));
      expect(at.every((x) => x > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });
    for (const stage of map.stages) expect(texts.at(-1)).toContain(stage.name);
    expect(strFromU8(unzipSync(pptx)['ppt/slides/slide1.xml']!)).toContain('typeface="Microsoft YaHei"');
  });

  it('touchpoint report --pptx writes the deck with the map picture', async () => {
    await withTempDir(async (dir) => {
      const out = join(dir, 'deck.pptx');
      const run = await cli(['report', 'samples/hotel-stay.tpmap.json', '--pptx', '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Wrote .*deck\.pptx: \d+ slides\n$/);
      const files = unzipSync(new Uint8Array(await readFile(out)));
      expect(Object.keys(files).some((n) => /^ppt\/media\/.*\.png$/.test(n))).toBe(true);
    });
  }, 60_000);
});
