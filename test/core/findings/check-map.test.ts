import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/analysis';
import { checkMap, checkMapInSteps, FINDING_SEVERITIES, findingStageIds, formatFinding, RULES } from '../../../src/findings';
import { findingMessages } from '../../../src/i18n/findings';
import { parseMap } from '../../../src/model';
import { buildMap } from '../analysis/build-map';

const messy = () =>
  buildMap({
    touchpoints: [
      { id: 'untagged-1', stage: 's1' },
      { id: 'basic-1', stage: 's1', level: 'basic', waitPoint: true },
      { id: 'basic-2', stage: 's2', level: 'basic' },
      { id: 'crit', stage: 's3', level: 'satisfactory', painPoints: [{ id: 'p', title: 'Burnt', severity: 'critical', causedBy: 'cook', remedies: [{ tier: 'recover', text: 'Refund' }] }] },
      { id: 'cook', stage: 's3', lane: 'back' },
    ],
  });

describe('checkMap', () => {
  it('orders findings by severity, then rule, then document order', () => {
    const found = checkMap(messy());
    expect(found.map((f) => [f.severity, f.rule, f.ids[0]])).toEqual([
      ['error', 'hundred-minus-one', 's3'],
      ['warning', 'hidden-cause', 'cook'],
      ['warning', 'recovery-only', 'p'],
      ['warning', 'below-baseline', 's1'],
      ['warning', 'below-baseline', 's2'],
      ['warning', 'no-loyalty-moment', undefined],
      ['warning', 'no-voice-of-customer', undefined],
      ['warning', 'unowned-wait', 'basic-1'],
      ['info', 'unrated-stage', 's4'],
      ['info', 'untagged', 'untagged-1'],
    ]);
    const ranks = found.map((f) => FINDING_SEVERITIES.indexOf(f.severity));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('gives the same findings with or without a precomputed analysis', () => {
    const map = messy();
    expect(checkMap(map, analyzeMap(map))).toEqual(checkMap(map));
  });

  it('has stable, unique rule ids, each with a message in both languages', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(findingMessages.en).toHaveProperty(id);
      expect(findingMessages['zh-CN']).toHaveProperty(id);
    }
  });

  it('formats every finding of a messy map as one sentence with no unfilled placeholder', () => {
    const map = messy();
    for (const f of checkMap(map)) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const text = formatFinding(f, map, locale);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeGreaterThan(20);
      }
    }
  });
});

describe('findingStageIds', () => {
  it('places each finding in the stages of the elements it names, and map-wide findings nowhere', () => {
    const map = messy();
    const stagesOf = (rule: string) => findingStageIds(checkMap(map).find((f) => f.rule === rule)!, map);
    expect(stagesOf('hundred-minus-one')).toEqual(['s3']);
    expect(stagesOf('recovery-only')).toEqual(['s3']);
    expect(stagesOf('no-loyalty-moment')).toEqual([]);
    expect(stagesOf('untagged')).toEqual(['s1']);
    const spread = buildMap({ touchpoints: [{ id: 'late', stage: 's4' }, { id: 'early', stage: 's1' }, { id: 'x', stage: 's1', level: 'memorable' }] });
    expect(findingStageIds(checkMap(spread).find((f) => f.rule === 'untagged')!, spread)).toEqual(['s1', 's4']);
  });

  it('formats a finding of a rule it does not know without failing', () => {
    expect(formatFinding({ rule: 'team-rule', severity: 'info', ids: ['a', 'b'], params: {} }, messy(), 'en')).toBe('team-rule: a, b');
  });
});

describe('checkMap on the samples', () => {
  const sample = async (name: string) => {
    const result = parseMap(await readFile(new URL(`../../../samples/${name}.tpmap.json`, import.meta.url), 'utf8'));
    if (!result.ok) throw new Error(`${name} does not parse`);
    return new Set(checkMap(result.map).map((f) => f.rule));
  };

  it('finds the 100 − 1 = 0 stage, the recovery-only pain point and the hidden causes of the car after-sales blueprint', async () => {
    const rules = await sample('car-dealer-aftersales');
    for (const rule of ['hundred-minus-one', 'below-baseline', 'recovery-only', 'hidden-cause']) expect(rules).toContain(rule);
    expect(rules).not.toContain('no-loyalty-moment');
  });

  it('finds the hair in the hot pot (100 − 1 = 0) and its recovery-only remedies', async () => {
    const rules = await sample('haidilao-hotpot-dinner');
    for (const rule of ['hundred-minus-one', 'recovery-only', 'hidden-cause']) expect(rules).toContain(rule);
  });

  it('finds no error in the hotel stay, but its below-baseline steps and hidden causes', async () => {
    const rules = await sample('hotel-stay');
    expect(rules).not.toContain('hundred-minus-one');
    for (const rule of ['below-baseline', 'recovery-only', 'hidden-cause']) expect(rules).toContain(rule);
  });
});

describe('checkMapInSteps', () => {
  it('gives the same findings as checkMap, one step per rule after the analysis and the index', () => {
    const map = messy();
    const steps = checkMapInSteps(map);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(step.value).toEqual(checkMap(map));
    expect(step.value.length).toBeGreaterThan(0);
    expect(pauses).toBe(RULES.length + 2);
    // Given the analysis, it does not compute it again.
    let given = 0;
    const withAnalysis = checkMapInSteps(map, analyzeMap(map));
    while (!withAnalysis.next().done) given++;
    expect(given).toBe(RULES.length + 1);
  });
});
