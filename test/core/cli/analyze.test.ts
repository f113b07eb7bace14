import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/analysis';
import type { AnalyzeJson } from '../../../src/cli/commands/analyze';
import { checkMap } from '../../../src/findings';
import { parseMap, serializeMap } from '../../../src/model';
import { pickForRegister, suggestionsForMap } from '../../../src/suggestions';
import { buildMap } from '../analysis/build-map';
import { cli, withTempDir } from './helpers';

const fixture = (name: string) => new URL(`../../fixtures/maps/${name}.tpmap.json`, import.meta.url).pathname;
const LAPTOP = fixture('laptop-aftersales');
const BANK = fixture('bank-account-opening');

async function json(file: string, lang = 'en'): Promise<AnalyzeJson> {
  const run = await cli(['analyze', file, '--json', '--lang', lang]);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as AnalyzeJson;
}

async function loaded(file: string) {
  const result = parseMap(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} does not parse`);
  return result.map;
}

describe('touchpoint analyze --json', () => {
  it('gives the numbers the report and the canvas compute, from the same functions', async () => {
    const out = await json(LAPTOP);
    const map = await loaded(LAPTOP);
    const analysis = analyzeMap(map);
    expect(out.stages.map((s) => s.score)).toEqual(analysis.stages.map((s) => s.score));
    expect(out.stages.map((s) => s.score)).toEqual([55, 23, 37, 0, 74]);
    expect(out.stages[3]).toMatchObject({ id: 's4', zeroedBy: ['p3'] });
    expect(out.risks).toEqual(analysis.risks);
    expect(out.levels).toEqual(analysis.overall);
    expect(out.worstStageId).toBe('s4');
    expect(out.findings.map((f) => f.rule)).toEqual(checkMap(map).map((f) => f.rule));
  });

  it('reports each stage’s emotion as its mean and its lowest moment', async () => {
    const out = await json(LAPTOP);
    expect(out.stages[1]!.emotion).toEqual({ mean: -1.5, min: -3, lowestTouchpointId: 't2' });
  });

  it('summarises the recorded metrics: the five-day and 35-minute waits over their limits, NPS 12, CSAT 3.9 of 5', async () => {
    const { metrics } = await json(LAPTOP);
    expect(metrics.waits.map((w) => [w.touchpointId, w.minutes, w.threshold, w.overThreshold])).toEqual([
      ['t5', 7200, 5, true],
      ['t2', 35, 3, true],
    ]);
    expect(metrics.nps).toEqual([{ touchpointId: 't2', stageId: 's2', value: 12 }]);
    expect(metrics.csat.map((r) => r.value)).toEqual([3.2, 3.9]);
    expect(metrics.csatScale).toBe(5);
  });

  it('gives each pain point the register’s suggestions (id, tier, rank, title, text, source), prevent first, and the rest apart', async () => {
    const out = await json(LAPTOP);
    const map = await loaded(LAPTOP);
    const expected = suggestionsForMap(map, 'en');
    expect(out.painPoints.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    for (const pain of out.painPoints) {
      const tiers = pain.suggestions.map((s) => s.tier);
      expect(tiers).toEqual([...tiers].sort((a, b) => ['prevent', 'detect', 'recover'].indexOf(a) - ['prevent', 'detect', 'recover'].indexOf(b)));
      const { main, appendix } = pickForRegister(expected.get(pain.id)!);
      expect(pain.suggestions.map((s) => s.text)).toEqual(main.map((s) => s.text));
      expect(pain.furtherSuggestions.map((s) => s.id)).toEqual(appendix.map((s) => s.id));
      for (const tier of ['prevent', 'detect', 'recover']) expect(pain.suggestions.filter((s) => s.tier === tier).length).toBeLessThanOrEqual(2);
      for (const s of pain.suggestions) {
        expect(s.id).not.toBe('');
        expect(['knowledge-base', 'team']).toContain(s.source);
      }
    }
    const team = out.painPoints[0]!.suggestions.find((s) => s.source === 'team');
    expect(team).toMatchObject({ id: 'team.1', tier: 'recover', rank: 1, text: 'Apologise as soon as the call is answered' });
  });

  it('writes findings and suggestions in the language asked for', async () => {
    const zh = await json(LAPTOP, 'zh-CN');
    expect(zh.locale).toBe('zh-CN');
    expect(zh.findings[0]!.message).toContain('一百减一等于零');
    expect(zh.painPoints[0]!.suggestions.some((s) => /[\u4e00-\u9fff]/.test(s.title))).toBe(true);
    const bank = await json(BANK, 'zh-CN');
    expect(bank.findings.map((f) => f.rule)).toContain('no-voice-of-customer');
  });

  it('gives null, never a number, for a stage with no data', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'sparse.tpmap.json');
      await writeFile(file, serializeMap(buildMap({ stages: ['Arrive', 'Empty'], touchpoints: [{ id: 'a', level: 'basic' }] })));
      const out = await json(file);
      expect(out.stages.map((s) => s.score)).toEqual([40, null]);
      expect(out.stages[1]!.emotion).toEqual({ mean: null, min: null, lowestTouchpointId: null });
    });
  });
});

describe('touchpoint analyze (text)', () => {
  it('prints a readable summary: stage scores with "no data", emotion lows, waits, risks, findings, suggestions', async () => {
    const run = await cli(['analyze', LAPTOP, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/4 Repair\s+0 \(100 − 1 = 0\)\s+mean −2, lowest −2 at "Waits for repair progress"/);
    expect(run.stdout).toContain('wait of 5 days at "Waits for repair progress", more than the 5 min acceptable on the web');
    expect(run.stdout).toContain('NPS: "Calls the after-sales hotline" 12');
    expect(run.stdout).toContain('1. "Repair stalls: spare part out of stock" (Critical, Repair): risk 40');
    expect(run.stdout).toContain('Suggestions per pain point:');
    const zh = await cli(['analyze', BANK, '--lang', 'zh-CN'], 'zh-CN');
    expect(zh.stdout).toContain('“在大厅等候叫号”等待 40 分钟，超过了面对面服务可接受的 15 分钟');
    await withTempDir(async (dir) => {
      const file = join(dir, 'sparse.tpmap.json');
      await writeFile(file, serializeMap(buildMap({ stages: ['Arrive', 'Empty'], touchpoints: [{ id: 'a', level: 'basic' }] })));
      expect((await cli(['analyze', file])).stdout).toMatch(/2 Empty\s+no data/);
    });
  });
});

describe('touchpoint analyze: exit codes and usage', () => {
  it('exits 1 for an invalid map and 2 for an unreadable file, saying where and never printing a stack', async () => {
    await withTempDir(async (dir) => {
      const invalid = join(dir, 'invalid.tpmap.json');
      await writeFile(invalid, JSON.stringify({ ...buildMap({ touchpoints: [] }), stages: 'none' }));
      const bad = await cli(['analyze', invalid, '--json']);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toContain(`${invalid}: stages`);
      const notJson = join(dir, 'broken.tpmap.json');
      await writeFile(notJson, '{ "format": ');
      expect((await cli(['analyze', notJson])).code).toBe(2);
      const missing = await cli(['analyze', join(dir, 'nope.json')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no such file');
      expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/);
    });
  });

  it('asks for exactly one file and a known language, and has help in both languages', async () => {
    expect((await cli(['analyze'])).stderr).toBe('name exactly one map file; try: touchpoint analyze --help\n');
    expect((await cli(['analyze', LAPTOP, '--lang', 'fr'])).code).toBe(2);
    const help = await cli(['analyze', '--help']);
    expect(help.stdout).toContain('Exit codes: 0 analysed · 1 the file is not a valid map · 2 the file cannot be read');
    expect((await cli(['analyze', '--help'], 'zh-CN')).stdout).toContain('退出码');
    expect((await cli(['--help'], 'zh-CN')).stdout).toContain('报告背后的数字');
    expect((await cli(['--help'])).stdout).toContain('analyze');
  });
});
