/**
 * The report's FontSource for Node (command line, Electron main): reads @fontsource/noto-sans-sc from
 * node_modules.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { deflateSync, inflate } from 'node:zlib';
import { FontLoadError, type FontSource } from '../fonts/source';

const PACKAGE = '@fontsource/noto-sans-sc';
const inflateAsync = promisify(inflate);

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
    // Node's zlib, on its thread pool: the slices of a report inflate side by side.
    inflate: async (data, size) => new Uint8Array(await inflateAsync(data, { maxOutputLength: Math.max(1, size) })),
  };
}

/** Node's zlib for the PDF's streams (ReportOptions.deflate). */
export const nodeDeflate = (data: Uint8Array): Uint8Array => new Uint8Array(deflateSync(data));
