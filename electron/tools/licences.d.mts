/** Types for licences.mjs (imported by electron.vite.config.ts and the TypeScript tests). */
import type { Plugin } from 'vite';
export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  text: string;
}
export declare function packageDirOf(moduleId: string): string | null;
export declare function describePackage(dir: string): BundledPackage | null;
export declare function licencesHtml(packages: readonly BundledPackage[]): string;
export declare function bundledLicences(): Plugin;
export declare function writeBundledLicences(outDir: string): Plugin;
