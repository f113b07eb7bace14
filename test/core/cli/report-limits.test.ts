/**
 * `touchpoint report` refuses a map past REPORT_LIMITS at once, in the person's language, and stops a
 * report that overruns its deadline; either way nothing is written.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_LIMITS, reportLimitExcess, serializeMap, type MapDocument } from '../../../src/model';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';
import { cli, withTempDir } from './helpers';

/** A valid map of `count` touchpoints over one stage and one lane, `pains(i)` pain points on the i-th. */
function map(count: number, pains: (i: number) => number = () => 0, remedies = 0): MapDocument {
  const m = minimalMap();
  m.touchpoints = Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    stage: 's1',
    lane: 'l1',
    title: `Step ${i}`,
    painPoints: Array.from({ length: pains(i) }, (_, j) => ({
      id: `p${i}-${j}`,
      title: `Waiting at step ${i}`,
      severity: 'high' as const,
      remedies: Array.from({ length: remedies }, () => ({ tier: 'prevent' as const, text: 'Book the slot before the visit' })),
    })),
  })) as MapDocument['touchpoints'];
  return m;
}

describe('report limits', () => {
  it('holds each count at its limit and refuses one more', () => {
    expect(reportLimitExcess(map(REPORT_LIMITS.touchpoints))).toBeNull();
    expect(reportLimitExcess(map(REPORT_LIMITS.touchpoints + 1))).toEqual({ name: 'touchpoints', count: 10_001, max: 10_000 });
    expect(reportLimitExcess(map(REPORT_LIMITS.painPoints / 2, () => 2))).toBeNull();
    expect(reportLimitExcess(map(REPORT_LIMITS.painPoints / 2 + 1, () => 2))).toEqual({ name: 'painPoints', count: 2002, max: 2000 });
    expect(reportLimitExcess(map(REPORT_LIMITS.remedies / 4, () => 1, 4))).toBeNull();
    expect(reportLimitExcess(map(REPORT_LIMITS.remedies / 4 + 1, () => 1, 4))).toEqual({ name: 'remedies', count: 4004, max: 4000 });
  });

  it('refuses a map past a limit at once, names the count and the limit, and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'huge.tpmap.json');
      await writeFile(file, serializeMap(map(REPORT_LIMITS.touchpoints + 1)));
      const out = join(dir, 'huge.pdf');
      const started = performance.now();
      const en = await cli(['report', file, '-o', out]);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(
        `Could not make a report of ${file}: the map has 10 001 touchpoints, and one report covers at most 10 000 touchpoints. Nothing was written. Split the journey into smaller maps (one per phase, say) and make a report of each.\n`,
      );
      const zh = await cli(['report', file, '-o', out], 'zh-CN');
      expect(zh.stderr).toContain('地图中有 10 001 个触点，一份报告最多涵盖 10 000 个触点。');
      expect(existsSync(out)).toBe(false);
      // The slides read the same analysis: the same refusal, and no deck.
      const deck = join(dir, 'huge.pptx');
      const slides = await cli(['report', file, '--pptx', '-o', deck]);
      expect(slides.code).toBe(2);
      expect(slides.stderr).toContain('the map has 10 001 touchpoints, and one report covers at most 10 000 touchpoints');
      expect(existsSync(deck)).toBe(false);
    });
  }, 30_000);

  it('names pain points and remedies when those are past their limits', async () => {
    await withTempDir(async (dir) => {
      const pains = join(dir, 'pains.tpmap.json');
      await writeFile(pains, serializeMap(map(REPORT_LIMITS.painPoints / 2 + 1, () => 2)));
      expect((await cli(['report', pains, '-o', join(dir, 'p.pdf')])).stderr).toContain('the map has 2 002 pain points, and one report covers at most 2 000 pain points');
      const remedies = join(dir, 'remedies.tpmap.json');
      await writeFile(remedies, serializeMap(map(REPORT_LIMITS.remedies / 4 + 1, () => 1, 4)));
      expect((await cli(['report', remedies, '-o', join(dir, 'r.pdf')], 'zh-CN')).stderr).toContain('地图中有 4 004 条改进措施，一份报告最多涵盖 4 000 条改进措施');
    });
  }, 30_000);

  it('stops a report that runs past its deadline, says so, and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'aftersales.tpmap.json');
      await writeFile(file, serializeMap(aftersalesMap()));
      const out = join(dir, 'late.pdf');
      // A processor clock where each look is half a minute after the last: the deadline passes during the report.
      let t = 0;
      const run = await cli(['report', file, '-o', out], 'en', () => (t += 30_000));
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `Could not make a report of ${file}: it needed more than 60 seconds of processor time, the limit, and was stopped. Nothing was written. Split the journey into smaller maps and make a report of each.\n`,
      );
      expect(existsSync(out)).toBe(false);
      t = 0;
      const zh = await cli(['report', file, '-o', out], 'zh-CN', () => (t += 30_000));
      expect(zh.stderr).toContain('所需的计算时间超过 60 秒的上限，已停止');
      // The same report on the real clock is made.
      expect((await cli(['report', file, '-o', out])).code).toBe(0);
      expect(existsSync(out)).toBe(true);
    });
  }, 60_000);
});
