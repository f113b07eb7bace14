import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_SYMBOLS, warmFallbackGlyphs } from '../../../renderer/src/app/fonts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The code points Inter (the Latin font first in the stack) covers, from its bundled @font-face rules. */
function interCovers(): (c: number) => boolean {
  const css = readFileSync(`${ROOT}node_modules/@fontsource-variable/inter/index.css`, 'utf8');
  const ranges: [number, number][] = [];
  for (const m of css.matchAll(/unicode-range:([^;]*);/g)) {
    for (const r of m[1]!.split(',')) {
      const [a, b] = r.trim().replace('U+', '').split('-');
      ranges.push([parseInt(a!, 16), parseInt(b ?? a!, 16)]);
    }
  }
  return (c) => ranges.some(([a, b]) => c >= a && c <= b);
}

afterEach(() => vi.unstubAllGlobals());

describe('symbols the Latin font lacks', () => {
  it('are all warmed: every symbol in the editor sources that Inter has no glyph for (CJK aside)', () => {
    const covered = interCovers();
    const files = execFileSync('git', ['ls-files', 'renderer/src', 'src'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|tsx)$/.test(f))
      // What is written to a PDF, a slide deck or a file, or read from one, not drawn in the editor's page.
      .filter((f) => !/^src\/(report|interchange|cli)\/|^src\/workshop\/slides\.ts$/.test(f));
    const missing = new Set<string>();
    for (const file of files) {
      for (const ch of readFileSync(`${ROOT}${file}`, 'utf8')) {
        const c = ch.codePointAt(0)!;
        // Below U+2000 and from U+3000 on (CJK, full-width forms) is text the fonts cover as text, not a symbol.
        if (c < 0x2000 || c >= 0x3000 || covered(c) || FALLBACK_SYMBOLS.includes(ch)) continue;
        missing.add(`${ch} U+${c.toString(16)} (${file})`);
      }
    }
    expect([...missing]).toEqual([]);
    // The check itself sees the symbols: '●' is not Inter's.
    expect(covered(0x25cf)).toBe(false);
  });

  it('are asked of Noto Sans SC in both bundled weights once the browser is idle, not before', () => {
    let idle: (() => void) | null = null;
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => ((idle = cb), 1));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const asked: [string, string | undefined][] = [];
    warmFallbackGlyphs({ load: (font: string, text?: string) => (asked.push([font, text]), Promise.resolve([])) });
    expect(asked).toEqual([]);
    idle!();
    expect(asked).toEqual([
      ['400 16px "Noto Sans SC"', FALLBACK_SYMBOLS],
      ['700 16px "Noto Sans SC"', FALLBACK_SYMBOLS],
    ]);
  });
});
