/**
 * The app's Export dialog refuses a report or a deck of a map past the report limits before any worker
 * starts, in the command line's words (issue #15 item 4: reports bounded on every path).
 */
import { describe, expect, it } from 'vitest';
import { ExportError } from '../../../renderer/src/export/pdf';
import { errorMessage, produceExport, type ExportRequest } from '../../../renderer/src/export/runner';
import { REPORT_LIMITS, type MapDocument } from '../../../src/model';
import { minimalMap } from '../../fixtures/maps';

function manyTouchpoints(count: number): MapDocument {
  const m = minimalMap();
  m.title = 'Nationwide onboarding';
  m.touchpoints = Array.from({ length: count }, (_, i) => ({ id: `t${i}`, stage: 's1', lane: 'l1', title: `Step ${i}` })) as MapDocument['touchpoints'];
  return m;
}

const request = (format: ExportRequest['format']): ExportRequest => ({ format, reportLocale: 'en', page: 'a4', theme: 'light', background: true, scale: 1, only: undefined });

describe('export runner limits', () => {
  it.each(['pdf', 'pptx'] as const)('refuses a %s of a map past the limits at once, with the limit named, and starts no job', async (format) => {
    const map = manyTouchpoints(REPORT_LIMITS.touchpoints + 1);
    const jobs: unknown[] = [];
    const error = await produceExport(map, 'zh-CN', request(format), () => undefined, (job) => jobs.push(job)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).kind).toBe('limit');
    expect(errorMessage(error, (key) => key)).toContain('地图中有 10 001 个触点，一份报告最多涵盖 10 000 个触点');
    expect(errorMessage(error, (key) => key)).toContain('“Nationwide onboarding”');
    expect(jobs).toEqual([]);
  });

  it('still exports the map file itself, whatever its size', async () => {
    const map = manyTouchpoints(REPORT_LIMITS.touchpoints + 1);
    const text = await produceExport(map, 'en', request('json'), () => undefined, () => undefined);
    expect(typeof text === 'string' && text.includes('"t10000"')).toBe(true);
  });
});
