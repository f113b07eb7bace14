/**
 * Symbols the editor writes in its own text that the Latin font (Inter) has no glyph for: '●' before
 * "Unsaved changes" and a card's votes, '✓' of a checked menu item, '→' of a link's name, the key symbols of
 * shortcuts on a Mac (⌘ ⇧ …), and a few more. They are drawn from Noto Sans SC, which fontsource splits into slices by unicode-range; a
 * slice is fetched the first time one of its characters is drawn, and when it arrives the page lays
 * out all its text again. Before this, the first edit of a session (the '●' of "Unsaved changes")
 * fetched a slice and a whole-page layout of about 14 ms landed in the frames after a drop.
 * test/renderer/app/fonts.test.ts keeps this list complete.
 */
import { whenIdle } from './idle';

export const FALLBACK_SYMBOLS = '●✓▸⋯→▼←≤⌘⌃⌥⇧⌦⌫↩';
/** The weights of Noto Sans SC the app bundles (main.tsx). */
const WEIGHTS = [400, 700] as const;

/** Loads the Noto Sans SC slices holding FALLBACK_SYMBOLS once the browser is idle after start. */
export function warmFallbackGlyphs(fonts: Pick<FontFaceSet, 'load'> | undefined = globalThis.document?.fonts): () => void {
  if (!fonts) return () => undefined;
  return whenIdle(() => {
    for (const weight of WEIGHTS) fonts.load(`${weight} 16px "Noto Sans SC"`, FALLBACK_SYMBOLS).catch(() => undefined);
  }, 3000);
}
