/**
 * The report's FontSource for Node (command line, Electron main): reads @fontsource/noto-sans-sc from
 * node_modules and subsets slices with harfbuzz (subset-font).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import type { FontSource } from '../fonts/source';

const PACKAGE = '@fontsource/noto-sans-sc';

/** `resolve` is require.resolve or the CLI context's resolvePackageFile. */
export function nodeFontSource(resolve: (specifier: string) => string): FontSource {
  const root = dirname(resolve(`${PACKAGE}/unicode.json`));
  return {
    readFile: async (path) => new Uint8Array(await readFile(join(root, path))),
    subset: async (woff2, codePoints) =>
      new Uint8Array(await subsetFont(Buffer.from(woff2.buffer, woff2.byteOffset, woff2.byteLength), String.fromCodePoint(...codePoints), { targetFormat: 'sfnt' })),
  };
}
