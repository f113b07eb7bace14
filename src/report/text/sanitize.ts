/**
 * Makes a string drawable with the embedded font. jsPDF encodes text one UTF-16 unit at a time, so a
 * character outside the Basic Multilingual Plane (emoji, rare ideographs) would come out as two wrong
 * glyphs; such characters, and any the font lacks, become a visible replacement mark instead of
 * vanishing silently.
 */
/** Marks for a character the font cannot draw, best first: the font may lack U+FFFD itself. */
const REPLACEMENTS = ['\uFFFD', '□', '?'];

/** Invisible format characters: variation selectors, joiners, bidi marks. Dropped, they draw nothing anyway. */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

export function sanitizeText(text: string, hasGlyph: (code: number) => boolean): string {
  const replacement = REPLACEMENTS.find((r) => hasGlyph(r.codePointAt(0)!)) ?? '?';
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n') out += ch;
    else if (code < 0x20 || code === 0x7f) out += ' ';
    else if (isInvisible(code)) continue;
    else if (code > 0xffff || !hasGlyph(code)) out += replacement;
    else out += ch;
  }
  return out;
}
