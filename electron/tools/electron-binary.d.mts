/** Types for electron-binary.mjs (imported by the TypeScript tests). */
export declare function findElectronBinary(): { path: string } | { missing: string };
