import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMap, serializeMap } from '../../../src/model';
import { cli, withTempDir } from './helpers';

const SAMPLE = 'samples/haidilao-hotpot-dinner.tpmap.json';

describe('touchpoint export', () => {
  it('writes a CSV that imports back to the same touchpoints and pain points', async () => {
    await withTempDir(async (dir) => {
      const csv = join(dir, 'dinner.csv');
      const back = join(dir, 'back.tpmap.json');
      const run = await cli(['export', SAMPLE, '--csv', '-o', csv]);
      expect(run.code).toBe(0);
      expect((await readFile(csv, 'utf8')).startsWith('\uFEFF')).toBe(true);
      expect((await cli(['import', csv, '-o', back])).code).toBe(0);
      const original = parseMap(await readFile(SAMPLE, 'utf8'));
      const again = parseMap(await readFile(back, 'utf8'));
      if (!original.ok || !again.ok) throw new Error('invalid');
      expect(again.map.touchpoints).toEqual(original.map.touchpoints);
      expect(again.map.stages).toEqual(original.map.stages);
      expect(again.map.title).toBe(original.map.title);
    });
  });

  it('writes an XLSX workbook with English headers when asked with --lang en', async () => {
    await withTempDir(async (dir) => {
      const out = join(dir, 'dinner.xlsx');
      expect((await cli(['export', SAMPLE, '--xlsx', '--lang', 'en', '-o', out])).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(out)).buffer as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Touchpoints', 'Pain points', 'Remedies', 'Stages and lanes']);
    });
  });

  it('writes a Mermaid journey and says what it leaves behind', async () => {
    await withTempDir(async (dir) => {
      const out = join(dir, 'dinner.mmd');
      const run = await cli(['export', SAMPLE, '--mermaid', '-o', out]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('levels, pain points and other lanes are not part of a Mermaid journey');
      expect((await readFile(out, 'utf8')).startsWith('journey\n  title ')).toBe(true);
    });
  });

  it('exits 1 for an invalid map, 2 for a missing one, and refuses no format or two', async () => {
    await withTempDir(async (dir) => {
      const bad = join(dir, 'bad.tpmap.json');
      const map = parseMap(await readFile(SAMPLE, 'utf8'));
      if (!map.ok) throw new Error('invalid sample');
      await writeFile(bad, serializeMap(map.map).replace('"level": "memorable"', '"level": "superb"'));
      expect((await cli(['export', bad, '--csv', '-o', join(dir, 'x.csv')])).code).toBe(1);
      expect((await cli(['export', join(dir, 'none.tpmap.json'), '--csv', '-o', join(dir, 'x.csv')])).code).toBe(2);
      expect((await cli(['export', SAMPLE, '-o', join(dir, 'x.csv')])).stderr).toContain('choose one format');
      expect((await cli(['export', SAMPLE, '--csv', '--xlsx', '-o', join(dir, 'x.csv')])).code).toBe(2);
    });
  });

  it('says plainly that pictures are not available from the command line yet', async () => {
    const run = await cli(['export', SAMPLE, '--png', '-o', 'x.png']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--svg and --png are not available on the command line yet');
  });
});
