/**
 * Where the report's font comes from. The core never touches the file system or the network: the
 * command line reads the @fontsource/noto-sans-sc package from disk (src/report/node/), the renderer
 * fetches the same files from its bundle.
 */
export interface FontSource {
  /**
   * Bytes of a file of the @fontsource/noto-sans-sc package, by its path inside the package:
   * `unicode.json`, `files/noto-sans-sc-<slice>-<weight>-normal.woff2` (with `subset`) or `….woff` (without).
   */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Optional fast path: a TrueType (glyf) font holding only the glyphs of `codePoints`, made from one
   * WOFF2 slice (the Node source uses harfbuzz). Without it the core subsets the WOFF slices itself,
   * in plain JavaScript, so a browser or worker source only has to fetch files.
   */
  subset?(woff2: Uint8Array, codePoints: readonly number[]): Promise<Uint8Array>;
}

export type FontWeight = 400 | 700;

export function slicePath(slice: string, weight: FontWeight, format: 'woff' | 'woff2'): string {
  return `files/noto-sans-sc-${slice}-${weight}-normal.${format}`;
}

/** The font files could not be read or converted: an installation problem, not a problem with the map. */
export class FontLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontLoadError';
  }
}
