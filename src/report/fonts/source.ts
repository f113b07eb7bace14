/**
 * Where the report's font comes from. The core never touches the file system or the network: the
 * command line reads the @fontsource/noto-sans-sc package from disk (src/report/node/), the renderer
 * fetches the same files from its bundle.
 */
export interface FontSource {
  /**
   * Bytes of a file of the @fontsource/noto-sans-sc package, by its path inside the package:
   * `unicode.json` and `files/noto-sans-sc-<slice>-<weight>-normal.woff`. The core subsets and merges
   * the slices itself, in plain JavaScript, so a browser or worker source only has to fetch files.
   */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Optional: decompresses zlib data to `size` bytes with the platform's own zlib (Node's, or the
   * browser's DecompressionStream), faster than the core's JavaScript inflater, which is used without it.
   */
  inflate?(data: Uint8Array, size: number): Promise<Uint8Array>;
}

export type FontWeight = 400 | 700;

export function slicePath(slice: string, weight: FontWeight): string {
  return `files/noto-sans-sc-${slice}-${weight}-normal.woff`;
}

/** The font files could not be read or converted: an installation problem, not a problem with the map. */
export class FontLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontLoadError';
  }
}
