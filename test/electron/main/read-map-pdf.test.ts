/**
 * Opening a PDF report in the desktop app: the map inside comes back as map JSON; a PDF without one
 * is refused with a plain message, and the file is only read.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMapForOpen } from '../../../electron/main/files/read-map';
import { parseMap } from '../../../src/model';
import { xmpPacket } from '../../../src/report/embed';
import { withTempDir } from './helpers';

async function samplePdf(dir: string): Promise<{ path: string; title: string }> {
  const result = parseMap(await readFile(new URL('../../../samples/car-dealer-aftersales.tpmap.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('sample does not parse');
  const packet = xmpPacket(result.map, { title: result.map.title, subject: 'test', language: result.map.locale ?? 'en', creator: 'test' });
  // Enough of a PDF for the reader: the header, some binary, the metadata stream.
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from([0, 255, 254, 10]), Buffer.from(packet, 'utf8'), Buffer.from('\n%%EOF\n')]);
  const path = join(dir, 'report.pdf');
  await writeFile(path, bytes);
  return { path, title: result.map.title };
}

describe('readMapForOpen with a PDF report', () => {
  it('gives back the embedded map, with its Chinese text intact', async () => {
    await withTempDir(async (dir) => {
      const { path, title } = await samplePdf(dir);
      const before = await stat(path);
      const result = await readMapForOpen(path, 'zh-CN');
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const map = parseMap(result.text);
      expect(map.ok && map.map.title).toBe(title);
      expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    });
  });

  it('refuses a PDF with no map inside, saying so in the person’s language', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'other.pdf');
      await writeFile(path, '%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
      const en = await readMapForOpen(path, 'en');
      expect(en).toMatchObject({ ok: false, reason: 'invalid' });
      expect(!en.ok && en.message).toContain('other.pdf');
      expect(!en.ok && en.message).toMatch(/no Touchpoint Studio map/);
      const zh = await readMapForOpen(path, 'zh-CN');
      expect(!zh.ok && zh.message).toMatch(/没有 Touchpoint Studio 地图/);
    });
  });

  it('refuses a report whose embedded map is hostile with the messages a map file gets', async () => {
    await withTempDir(async (dir) => {
      const { path } = await samplePdf(dir);
      const text = (await readFile(path)).toString('latin1');
      const start = text.indexOf('"touchpoints": [');
      expect(start).toBeGreaterThan(0);
      const many = Array.from({ length: 60 }, () => '{}').join(',');
      const hostile = `${text.slice(0, start)}"touchpoints": [${many}, ${text.slice(start + '"touchpoints": ['.length)}`;
      await writeFile(path, Buffer.from(hostile, 'latin1'));
      const result = await readMapForOpen(path, 'en');
      expect(result).toMatchObject({ ok: false, reason: 'invalid' });
      const message = !result.ok ? result.message : '';
      expect(message).toContain('touchpoints[0].id: required field is missing');
      expect(message).toContain('… and more problems; checking stopped here, fix these first');
    });
  });
});
