/**
 * The report's FontSource for Node (command line, Electron main): reads @fontsource/noto-sans-sc from
 * node_modules and subsets slices with harfbuzz (subset-font).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { FontLoadError, type FontSource } from '../fonts/source';

const PACKAGE = '@fontsource/noto-sans-sc';

/** `resolve` is require.resolve or the CLI context's resolvePackageFile. */
export function nodeFontSource(resolve: (specifier: string) => string): FontSource {
  const root = dirname(resolve(`${PACKAGE}/unicode.json`));
  return {
    readFile: async (path) => {
      try {
        return new Uint8Array(await readFile(join(root, path)));
      } catch (e) {
        throw new FontLoadError(`${PACKAGE}/${path}: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    subset: async (woff2, codePoints) => {
      try {
        const font = Buffer.from(woff2.buffer, woff2.byteOffset, woff2.byteLength);
        return new Uint8Array(await subsetFont(font, Array.from(codePoints, (cp) => String.fromCodePoint(cp)).join(''), { targetFormat: 'sfnt' }));
      } catch (e) {
        throw new FontLoadError(`subset-font: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
}
