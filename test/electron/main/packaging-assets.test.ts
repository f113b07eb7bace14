/** What the installer carries besides the code: icons built from one source, and the generated licence list. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { icnsFile, icoFile } from '../../../electron/tools/icon-files.mjs';
import { describePackage, licencesHtml, packageDirOf } from '../../../electron/tools/licences.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = (marker: number) => Buffer.concat([PNG_SIGNATURE, Buffer.from([marker, marker, marker])]);

describe('icon containers', () => {
  it('writes an .ico whose directory points at each PNG, 256 px stored as 0', () => {
    const images = [
      { size: 16, png: png(1) },
      { size: 256, png: png(2) },
    ];
    const ico = icoFile(images);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(2);
    for (const [i, image] of images.entries()) {
      const entry = 6 + 16 * i;
      expect(ico.readUInt8(entry)).toBe(image.size === 256 ? 0 : image.size);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset, offset + length)).toEqual(image.png);
    }
  });

  it('writes an .icns whose length fields add up and whose elements hold the PNGs', () => {
    const icns = icnsFile([
      { size: 128, png: png(3) },
      { size: 1024, png: png(4) },
    ]);
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.subarray(8, 12).toString('ascii')).toBe('ic07');
    const first = icns.readUInt32BE(12);
    expect(icns.subarray(16, 8 + first)).toEqual(png(3));
    expect(icns.subarray(8 + first, 12 + first).toString('ascii')).toBe('ic10');
    expect(() => icnsFile([{ size: 100, png: png(5) }])).toThrow(/100 px/);
  });

  it('ships the generated icons (PNG, ICO and ICNS of the document type)', () => {
    for (const f of ['icon.png', 'tpmap.png']) expect(readFileSync(join(root, 'build', f)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(readFileSync(join(root, 'build/tpmap.ico')).readUInt16LE(2)).toBe(1);
    expect(readFileSync(join(root, 'build/tpmap.icns')).subarray(0, 4).toString('ascii')).toBe('icns');
  });
});

describe('licence list', () => {
  it('finds the package of a bundled module, scoped or not, with or without a query', () => {
    expect(packageDirOf('/a/node_modules/react/index.js')).toBe('/a/node_modules/react');
    expect(packageDirOf('/a/node_modules/@xyflow/react/dist/esm/index.js?v=1')).toBe('/a/node_modules/@xyflow/react');
    expect(packageDirOf('/a/node_modules/x/node_modules/y/lib.js')).toBe('/a/node_modules/x/node_modules/y');
    expect(packageDirOf('\0/a/node_modules/zod/v4/index.js')).toBe('/a/node_modules/zod');
    expect(packageDirOf('/a/src/model/schema.ts')).toBeNull();
    expect(packageDirOf('/a/node_modules/@scope')).toBeNull();
  });

  it('reads name, version, licence and its text from the package', () => {
    const info = describePackage(join(root, 'node_modules/react'));
    expect(info).toMatchObject({ name: 'react', license: 'MIT' });
    expect(info?.text).toMatch(/Permission is hereby granted/);
  });

  it('escapes what it writes into the page', () => {
    const html = licencesHtml([{ name: '<evil>', version: '1', license: 'MIT', text: '<script>alert(1)</script>' }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  const built = join(root, 'out/renderer/licenses.json');
  it.skipIf(!existsSync(built))(`lists what the build bundled, each with its licence${existsSync(built) ? '' : ' (skipped: run `npm run build` first)'}`, () => {
    const list: { name: string; version: string; license: string }[] = JSON.parse(readFileSync(built, 'utf8'));
    const names = list.map((p) => p.name);
    // The renderer's, the PDF worker's and the main process's bundled packages all appear.
    for (const name of ['react', 'react-dom', '@xyflow/react', 'immer', 'jspdf', 'zod', '@fontsource/noto-sans-sc']) expect(names).toContain(name);
    expect(list.filter((p) => !p.license || p.license === 'UNKNOWN')).toEqual([]);
    // Each package once per version; two versions of one package are both bundled and both listed
    // (pako 1 comes with isomorphic-git in the main process, pako 2 with the PDF writer).
    const versions = list.map((p) => `${p.name}@${p.version}`);
    expect(new Set(versions).size).toBe(versions.length);
    expect(existsSync(join(root, 'out/renderer/licenses.html'))).toBe(true);
  });
});
