/** Types for icon-files.mjs (imported by the TypeScript tests). */
export interface IconImage {
  size: number;
  png: Buffer;
}
export declare function icoFile(images: readonly IconImage[]): Buffer;
export declare function icnsFile(images: readonly IconImage[]): Buffer;
export declare const ICO_SIZES: readonly number[];
export declare const ICNS_SIZES: readonly number[];
