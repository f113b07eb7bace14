/** What the canvas benchmark draws and how its pages are built. */
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { MapDocument } from '../../src/model';
import { generateMap } from '../fixtures/generate';

/** The generated blueprint with links added (i → i+2, then i → i+3, …) until there are as many links as touchpoints. */
export function benchMap(touchpoints: number): MapDocument {
  const map = generateMap({ touchpoints });
  const links = [...(map.links ?? [])];
  const pairs = new Set(links.map((k) => `${k.from}>${k.to}`));
  const ids = map.touchpoints.map((t) => t.id);
  for (let gap = 2; links.length < touchpoints && gap < ids.length; gap++) {
    for (let i = 0; i + gap < ids.length && links.length < touchpoints; i += 1) {
      const from = ids[i]!;
      const to = ids[i + gap]!;
      if (pairs.has(`${from}>${to}`)) continue;
      pairs.add(`${from}>${to}`);
      links.push({ id: `k${links.length + 1}`, from, to });
    }
  }
  return { ...map, links };
}

/** A production build (Vitest sets NODE_ENV=test, which would give React's development build). */
export async function buildProduction(root: string, outDir: string, minify = true): Promise<void> {
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ root, base: './', mode: 'production', configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true, minify } });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
}
