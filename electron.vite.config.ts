import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** npm links `bin` entries as they are, so the built command line must be executable. */
const executableCli = {
  name: 'executable-cli',
  writeBundle(options: { dir?: string }) {
    chmodSync(resolve(options.dir ?? 'out/main', 'cli.js'), 0o755);
  },
};

export default defineConfig({
  main: {
    plugins: [executableCli],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The `touchpoint` command line is built with the main process: both run in Node.
          cli: resolve(__dirname, 'src/cli/node-entry.ts'),
          // `npm start` serves the browser build with it when no Electron binary is installed.
          'static-server': resolve(__dirname, 'electron/main/static-server.ts'),
        },
        output: {
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
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
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // The same build is served to browsers by `npm start`'s fallback: ship it minified.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
