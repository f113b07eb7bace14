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

const CURLY: Record<string, { ascii: string; opening: boolean }> = {
  '\u201C': { ascii: '"', opening: true },
  '\u201D': { ascii: '"', opening: false },
  '\u2018': { ascii: "'", opening: true },
  '\u2019': { ascii: "'", opening: false },
};

const isCjkCode = (code: number | undefined) => code !== undefined && code >= 0x2e80 && code <= 0xffef;

/**
 * Noto Sans SC draws curly quotes full-width, as Chinese typesetting wants; around Latin text they
 * leave gaps ("the  “After the stay” ,"). Quotes with Latin text on both sides become straight ASCII quotes.
 */
export function latinQuotes(text: string): string {
  if (!/[\u2018\u2019\u201C\u201D]/.test(text)) return text;
  const chars = [...text];
  return chars
    .map((ch, i) => {
      const curly = CURLY[ch];
      if (!curly) return ch;
      const inside = curly.opening ? chars[i + 1] : chars[i - 1];
      const outside = curly.opening ? chars[i - 1] : chars[i + 1];
      return isCjkCode(inside?.codePointAt(0)) || isCjkCode(outside?.codePointAt(0)) ? ch : curly.ascii;
    })
    .join('');
}
