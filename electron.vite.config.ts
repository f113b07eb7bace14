import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { bundledLicences, writeBundledLicences } from './electron/tools/licences.mjs';

/**
 * The command line reads these from node_modules at run time (jsPDF and its font machinery,
 * resvg's native binary). They are devDependencies — the packaged desktop app never runs the command line — so
 * they are named here to stay external instead of being bundled into cli.js. Everything else the main
 * process uses (zod) is bundled, so the installer carries no node_modules at all.
 */
const CLI_RUNTIME_DEPS = [
  // jsPDF too, loaded by require (jsPdfByRequire below), so it is not listed here.
  'fflate',
  // Spreadsheets, slides and PNG pictures (resvg loads its native binary from its own package).
  'exceljs',
  'papaparse',
  'pptxgenjs',
  '@resvg/resvg-js',
  // `touchpoint serve`: one copy of Yjs for the room, its protocols and the WebSocket server.
  'yjs',
  'y-protocols',
  'y-websocket',
  'lib0',
  'ws',
];

/**
 * @fontsource's CSS offers every slice as WOFF2 and WOFF. The report needs the WOFF files (its subsetter
 * reads WOFF, not WOFF2), so the screen uses the same files and the WOFF2 copies are never emitted:
 * one copy of each Chinese slice in the app instead of two.
 */
const fontsourceWoffOnly = {
  name: 'fontsource-woff-only',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/[\\/]@fontsource[\\/].+\.css$/.test(id)) return null;
    return { code: code.replace(/url\([^)]*\.woff2\) format\('woff2'\),\s*/g, ''), map: null };
  },
};

/** npm links `bin` entries as they are, so the built command line must be executable. */
const executableCli = {
  name: 'executable-cli',
  writeBundle(options: { dir?: string }) {
    chmodSync(resolve(options.dir ?? 'out/main', 'cli.js'), 0o755);
  },
};

/**
 * jsPDF loads html2canvas, canvg (which pulls in core-js) and DOMPurify on demand, for `html()` and
 * SVG images — features the app never calls. They are replaced by an empty module so they are
 * neither shipped nor reachable.
 */
const UNUSED_JSPDF_DEPENDENCY = /^(html2canvas|canvg|dompurify|core-js)(\/.*)?$/;
const EMPTY_MODULE = '\0unused-jspdf-dependency';
const withoutUnusedJsPdfDependencies = {
  name: 'without-unused-jspdf-dependencies',
  enforce: 'pre' as const,
  resolveId: (id: string) => (UNUSED_JSPDF_DEPENDENCY.test(id) ? EMPTY_MODULE : null),
  load: (id: string) => (id === EMPTY_MODULE ? 'export default undefined;' : null),
};

/**
 * The command line loads jsPDF (CommonJS) with `require` instead of `import`: Node's ESM loader first
 * compiles a type-less package's file to detect its format and then scans it for named exports, about
 * 0.1 s of CPU per report run for jsPDF's 400 kB file (measured: 0.21 s → 0.12 s user time per load).
 */
const JSPDF_BY_REQUIRE = '\0jspdf-by-require';
const jsPdfByRequire = {
  name: 'jspdf-by-require',
  enforce: 'pre' as const,
  resolveId: (id: string) => (id === 'jspdf' ? JSPDF_BY_REQUIRE : null),
  load: (id: string) =>
    id === JSPDF_BY_REQUIRE
      ? "import { createRequire } from 'node:module';\nconst { jsPDF } = createRequire(import.meta.url)('jspdf');\nexport { jsPDF };\n"
      : null,
};

export default defineConfig({
  main: {
    plugins: [executableCli, jsPdfByRequire, withoutUnusedJsPdfDependencies, bundledLicences()],
    build: {
      outDir: 'out/main',
      externalizeDeps: { include: CLI_RUNTIME_DEPS },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The `touchpoint` command line is built with the main process: both run in Node.
          cli: resolve(__dirname, 'src/cli/node-entry.ts'),
          // `npm start` serves the browser build with it when no Electron binary is installed.
          'static-server': resolve(__dirname, 'electron/main/static-server.ts'),
          // Files the person opens are read in a utility process running this (electron/main/parse-isolated.ts).
          'parse-child': resolve(__dirname, 'electron/main/parse-child.ts'),
        },
        output: {
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    plugins: [bundledLicences()],
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': zod and the contract are bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [fontsourceWoffOnly, react(), withoutUnusedJsPdfDependencies, writeBundledLicences(resolve(__dirname, 'out/renderer'))],
    // The report is built in a worker, which has its own plugin list.
    worker: { plugins: () => [withoutUnusedJsPdfDependencies, bundledLicences()] },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // The same build is served to browsers by `npm start`'s fallback: ship it minified.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
