/**
 * Line breaking for mixed Chinese and Latin text. jsPDF's splitTextToSize only breaks at spaces, which
 * leaves a Chinese paragraph on one endless line. Rules (a small subset of UAX #14 and the Chinese
 * 禁则 kinsoku rules): break after spaces, between CJK characters and at a CJK/Latin boundary; never
 * before closing punctuation, never after opening punctuation.
 */

/** Characters that may not start a line. */
const CLOSING = new Set([...'，。、）」』！？；：》〉】〕〗’”…·・ー々〜～％,.!?;:)]}%']);
/** Characters that may not end a line. */
const OPENING = new Set([...'（「『《〈【〔〖‘“([{']);

/** Ideographs, kana, CJK punctuation and full-width forms: each is its own breakable unit. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u3000';

export function isClosing(ch: string): boolean {
  return CLOSING.has(ch);
}

export function isOpening(ch: string): boolean {
  return OPENING.has(ch);
}

/** Whether a line may end between `prev` and `next` (neither a space: spaces are handled by the caller). */
function canBreakBetween(prev: string, next: string): boolean {
  if (CLOSING.has(next) || OPENING.has(prev)) return false;
  const p = prev.charCodeAt(0);
  const n = next.charCodeAt(0);
  if (isCjk(p) || isCjk(n)) return true;
  // Hyphenated words may break after the hyphen.
  return prev === '-' && /[A-Za-z]/.test(next);
}

/** Width of a string in the caller's unit. */
export type Measure = (text: string) => number;

/**
 * Breaks `text` into lines no wider than `maxWidth` where the rules allow it. Spaces at a break are
 * dropped; no other character is lost or reordered. A run with no allowed break that is wider than
 * the line is cut at the last character that may start a line; if there is none, the line overflows.
 */
export function breakLines(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  // One push per line: a long paragraph can break into more lines than a call may take arguments.
  for (const paragraph of text.split('\n')) for (const line of breakParagraph(paragraph, maxWidth, measure)) lines.push(line);
  return lines;
}

function breakParagraph(text: string, maxWidth: number, measure: Measure): string[] {
  const chars = [...text];
  const widths = chars.map((ch) => measure(ch));
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length && isSpace(chars[start]!)) start++;
  if (start >= chars.length) return [''];
  while (start < chars.length) {
    let width = 0;
    let lastBreak = -1; // index where the next line would start
    let lastBreakEnd = -1; // index where this line would end (exclusive, spaces trimmed)
    let i = start;
    for (; i < chars.length; i++) {
      const ch = chars[i]!;
      if (i > start) {
        const prev = chars[i - 1]!;
        if (isSpace(prev) && !isSpace(ch)) {
          const end = trimEnd(chars, start, i);
          if (end > start && !CLOSING.has(ch) && !OPENING.has(chars[end - 1]!)) {
            lastBreak = i;
            lastBreakEnd = end;
          }
        } else if (!isSpace(prev) && !isSpace(ch) && canBreakBetween(prev, ch)) {
          lastBreak = i;
          lastBreakEnd = i;
        }
      }
      width += widths[i]!;
      if (width > maxWidth && !isSpace(ch) && i > start) {
        if (lastBreak > start) break;
        const forced = forcedBreak(chars, start, i);
        if (forced) {
          [lastBreak, lastBreakEnd] = forced;
          break;
        }
      }
    }
    if (i >= chars.length) {
      lines.push(chars.slice(start, trimEnd(chars, start, chars.length)).join(''));
      break;
    }
    lines.push(chars.slice(start, lastBreakEnd).join(''));
    start = lastBreak;
    while (start < chars.length && isSpace(chars[start]!)) start++;
  }
  return lines;
}

function trimEnd(chars: readonly string[], start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(chars[e - 1]!)) e--;
  return e;
}

/**
 * The last position in (start, at] where a line may start without breaking the punctuation rules,
 * as [next line's start, this line's end]; null when there is none.
 */
function forcedBreak(chars: readonly string[], start: number, at: number): [number, number] | null {
  for (let k = at; k > start; k--) {
    let next = k;
    while (next < chars.length && isSpace(chars[next]!)) next++;
    const end = trimEnd(chars, start, k);
    if (end > start && (next >= chars.length || !CLOSING.has(chars[next]!)) && !OPENING.has(chars[end - 1]!)) return [k, end];
  }
  return null;
}
