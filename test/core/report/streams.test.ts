/** The PDF's streams go through the deflate the platform gives (Node's zlib on the command line). */
import { jsPDF } from 'jspdf';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report';
import '../../../src/report/draw/surface';
import { nodeDeflate, nodeFontSource } from '../../../src/report/node/font-source';
import { generateMap } from '../../fixtures/generate';

const requireHere = createRequire(import.meta.url);
const fonts = nodeFontSource((spec) => requireHere.resolve(spec));
const now = new Date('2026-11-22T10:00:00Z');
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('report streams', () => {
  it('are compressed by the given deflate, every one, and read back as zlib data', async () => {
    const map = generateMap({ touchpoints: 12, seed: 3 });
    const inputs: Uint8Array[] = [];
    const counting = (data: Uint8Array) => {
      inputs.push(data.slice());
      return nodeDeflate(data);
    };
    const { pdf } = await buildReport(map, { locale: 'zh-CN', page: 'a4', fonts, now, deflate: counting });
    const text = latin1(pdf);
    const flate = text.match(/\/FlateDecode/g)?.length ?? 0;
    expect(inputs.length).toBeGreaterThan(5);
    expect(inputs.length).toBe(flate);
    // Each stream's bytes are the compressed form of what jsPDF handed the deflate.
    const compressed = [...text.matchAll(/\/FlateDecode/g)].slice(0, 4);
    for (const match of compressed) {
      const dictionary = text.slice(text.lastIndexOf(' obj', match.index), text.indexOf('stream', match.index));
      const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
      const start = text.indexOf('stream', match.index) + 'stream'.length + 1;
      const body = Uint8Array.from(text.slice(start, start + length), (c) => c.charCodeAt(0));
      expect(inputs.some((input) => Buffer.from(inflateSync(body)).equals(Buffer.from(input)))).toBe(true);
    }
  });

  it('other filter chains still go to jsPDF, and FlateEncode alone round-trips', () => {
    const api = jsPDF.API as unknown as { processDataByFilters(data: string, filters: string | string[]): { data: string; reverseChain: string } };
    expect(api.processDataByFilters('AB', 'ASCIIHexEncode')).toEqual({ data: '4142>', reverseChain: '/ASCIIHexDecode' });
    const bytes = 'stream \u00ff\u0000 bytes'.repeat(50);
    const out = api.processDataByFilters(bytes, ['FlateEncode']);
    expect(out.reverseChain).toBe('/FlateDecode');
    expect(latin1(inflateSync(Uint8Array.from(out.data, (c) => c.charCodeAt(0))))).toBe(bytes);
  });
});
