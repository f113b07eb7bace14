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

  it('writes the map picture as SVG, in the dark theme with --dark', async () => {
    await withTempDir(async (dir) => {
      const light = join(dir, 'light.svg');
      const dark = join(dir, 'dark.svg');
      expect((await cli(['export', SAMPLE, '--svg', '-o', light])).code).toBe(0);
      expect((await cli(['export', SAMPLE, '--svg', '--dark', '-o', dark])).code).toBe(0);
      const [a, b] = [await readFile(light, 'utf8'), await readFile(dark, 'utf8')];
      expect(a.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      const map = parseMap(await readFile(SAMPLE, 'utf8'));
      if (!map.ok) throw new Error('invalid sample');
      for (const tp of map.map.touchpoints) expect(a).toContain(`<title>${tp.title}</title>`);
      expect(a).not.toBe(b);
    });
  });

  it('rasterises the picture to PNG at the asked scale, with the Chinese text drawn', async () => {
    await withTempDir(async (dir) => {
      const svgFile = join(dir, 'map.svg');
      const png = join(dir, 'map.png');
      await cli(['export', SAMPLE, '--svg', '-o', svgFile]);
      const run = await cli(['export', SAMPLE, '--png', '--scale', '1.5', '-o', png]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const bytes = await readFile(png);
      expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(await readFile(svgFile, 'utf8'))!;
      expect(bytes.readUInt32BE(16)).toBe(Math.ceil(Number(width) * 1.5));
      expect(bytes.readUInt32BE(20)).toBe(Math.ceil(Number(height) * 1.5));
      // Text drawn with a font makes a PNG far larger than boxes alone would.
      expect(bytes.length).toBeGreaterThan(150_000);
    });
  }, 60_000);

  it('refuses a scale out of range, or one that would make a PNG too large', async () => {
    expect((await cli(['export', SAMPLE, '--png', '--scale', '0', '-o', 'x.png'])).stderr).toContain('--scale takes a number from 0.25 to 8');
    const huge = await cli(['export', SAMPLE, '--png', '--scale', '8', '-o', 'x.png']);
    expect(huge.code).toBe(2);
    expect(huge.stderr).toMatch(/PNGs are limited to 16384/);
    expect((await cli(['export', SAMPLE, '--csv', '--dark', '-o', 'x.csv'])).stderr).toContain('--dark applies to --svg and --png only');
  });
});
