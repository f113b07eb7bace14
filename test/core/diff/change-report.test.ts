/** `touchpoint report NEW --compare OLD`: the "What changed" section, read back from the PDF with pdftotext. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMap, serializeMap, type MapDocument } from '../../../src/model';
import { cli, withTempDir } from '../cli/helpers';
import { pdfText } from '../report/pdf-tools';

const squash = (s: string) => s.replace(/\s+/g, '').replace(/[“”]/g, '"');

async function sample(): Promise<MapDocument> {
  const result = parseMap(await readFile('samples/car-dealer-aftersales.tpmap.json', 'utf8'));
  if (!result.ok) throw new Error('sample is invalid');
  return result.map;
}

/** The to-be version of the car dealer's after-sales: the hotline fixed, a new critical failure at pick-up. */
function toBe(asIs: MapDocument): MapDocument {
  const map = structuredClone(asIs);
  const hotline = map.touchpoints.find((t) => t.id === 't2')!;
  hotline.painPoints = undefined;
  hotline.level = 'satisfactory';
  const cashier = map.touchpoints.find((t) => t.id === 't26')!;
  cashier.painPoints = [...(cashier.painPoints ?? []), { id: 'p-new', title: '发票开错需要重开', severity: 'critical' }];
  return map;
}

describe('touchpoint report --compare', () => {
  it('adds a "What changed" section: regressions first, scores before and after, new and resolved pain points (zh-CN)', async () => {
    await withTempDir(async (dir) => {
      const asIs = await sample();
      const oldFile = join(dir, 'as-is.tpmap.json');
      const newFile = join(dir, 'to-be.tpmap.json');
      const out = join(dir, 'report.pdf');
      await writeFile(oldFile, serializeMap(asIs));
      await writeFile(newFile, serializeMap(toBe(asIs)));
      const run = await cli(['report', newFile, '--compare', oldFile, '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const pages = (await pdfText(out)).split('\f');
      const at = pages.findIndex((p) => p.includes('版本变化'));
      expect(at).toBeGreaterThan(0);
      const section = squash(pages.slice(at, at + 3).join('\n'));
      const order = ['退步', '新增痛点"发票开错需要重开"（致命）', '各阶段体验得分：之前与之后', '交车结算', '已解决的痛点', '"拨打售后热线预约"的痛点'];
      let cursor = 0;
      for (const words of order) {
        const found = section.indexOf(squash(words), cursor);
        expect(found, words).toBeGreaterThanOrEqual(cursor);
        cursor = found;
      }
      // The stage zeroed by the new critical pain point shows its fall.
      expect(section).toMatch(/交车结算\d+0\(−\d+\)/);
    });
  });

  it('says plainly when nothing changed (English)', async () => {
    await withTempDir(async (dir) => {
      const map = await sample();
      map.locale = 'en';
      const file = join(dir, 'map.tpmap.json');
      const out = join(dir, 'report.pdf');
      await writeFile(file, serializeMap(map));
      const run = await cli(['report', file, '--compare', file, '-o', out, '--lang', 'en']);
      expect(run.code).toBe(0);
      const text = squash(await pdfText(out));
      expect(text).toContain(squash('What changed'));
      expect(text).toContain(squash('Nothing changed since the earlier version'));
    });
  });

  it('exits 2 naming the earlier version when it cannot be read, and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'map.tpmap.json');
      const out = join(dir, 'report.pdf');
      await writeFile(file, serializeMap(await sample()));
      const run = await cli(['report', file, '--compare', join(dir, 'missing.tpmap.json'), '-o', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('missing.tpmap.json');
      await expect(readFile(out)).rejects.toThrow();
    });
  });
});
