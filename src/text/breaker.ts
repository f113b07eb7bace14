/**
 * Line breaking for mixed Chinese and Latin text, shared by the PDF report and the SVG export.
 * jsPDF's splitTextToSize only breaks at spaces, which leaves a Chinese paragraph on one endless line,
 * and breaking between any two ideographs splits words ("电子保养记/录"). So breaks come from a word
 * segmenter (`Intl.Segmenter`, word granularity), with the Chinese 禁则 (kinsoku) rules on top: no line
 * starts with closing punctuation, none ends with opening punctuation. Where the segmenter's
 * dictionary does not know a word it returns single ideographs ("微|信"); a break between two of those
 * is taken only when the line would otherwise be left short. A last line of one or two ideographs
 * ("能。") is avoided by moving words down from the line above when they fit.
 */

/** Characters that may not start a line. */
const CLOSING = new Set([...'，。、）」』！？；：》〉】〕〗’”…·・ー々〜～％,.!?;:)]}%']);
/** Characters that may not end a line. */
const OPENING = new Set([...'（「『《〈【〔〖‘“([{']);

/** Ideographs, kana, CJK punctuation and full-width forms. */
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
const cjk = (ch: string) => isCjk(ch.codePointAt(0)!);
const isPunctuation = (ch: string) => CLOSING.has(ch) || OPENING.has(ch) || /[\p{P}\p{S}]/u.test(ch);

export function isClosing(ch: string): boolean {
  return CLOSING.has(ch);
}

export function isOpening(ch: string): boolean {
  return OPENING.has(ch);
}

/** Width of a string in the caller's unit. */
export type Measure = (text: string) => number;

/** Break quality before a character: none, between two unknown single ideographs, between words, at a space. */
const enum Q {
  None = 0,
  Weak = 1,
  Word = 2,
  Space = 3,
}

/** A line that reaches less than this share of the width before a word break takes a weak break instead. */
const WEAK_BREAK_FILL = 0.7;
/** A last line with this many ideographs or fewer is a widow. */
const WIDOW_CHARS = 2;

let segmenter: Intl.Segmenter | undefined;

/** Where each word starts (code point offsets), and which words are a single ideograph. */
function segments(chars: readonly string[]): { starts: Set<number>; single: boolean[] } {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const starts = new Set<number>();
  const single: boolean[] = new Array<boolean>(chars.length).fill(false);
  let at = 0;
  for (const { segment } of segmenter.segment(chars.join(''))) {
    const parts = [...segment];
    starts.add(at);
    if (parts.length === 1 && cjk(parts[0]!) && !isPunctuation(parts[0]!)) single[at] = true;
    at += parts.length;
  }
  return { starts, single };
}

/** q[i]: how good a break before chars[i] is. */
function breakQualities(chars: readonly string[]): Q[] {
  const { starts, single } = segments(chars);
  const q: Q[] = new Array<Q>(chars.length).fill(Q.None);
  for (let i = 1; i < chars.length; i++) {
    const ch = chars[i]!;
    const prev = chars[i - 1]!;
    if (isSpace(ch) || CLOSING.has(ch)) continue;
    if (isSpace(prev)) {
      let k = i - 1;
      while (k > 0 && isSpace(chars[k]!)) k--;
      if (!isSpace(chars[k]!) && !OPENING.has(chars[k]!)) q[i] = Q.Space;
      continue;
    }
    if (OPENING.has(prev) || !starts.has(i)) continue;
    if (cjk(prev) || cjk(ch)) q[i] = single[i] && single[i - 1] ? Q.Weak : Q.Word;
    else if ((prev === '-' && /\p{L}/u.test(ch)) || CLOSING.has(prev)) q[i] = Q.Word;
  }
  return q;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` where the rules allow it. Spaces at a break are
 * dropped; no other character is lost or reordered. A word wider than the line is cut at the last
 * character that may start a line; if there is none, the line overflows.
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
  let total = 0;
  for (const w of widths) total += w;
  const width = (from: number, to: number) => {
    let w = 0;
    for (let k = from; k < to; k++) w += widths[k]!;
    return w;
  };
  const trimEnd = (start: number, end: number) => {
    let e = end;
    while (e > start && isSpace(chars[e - 1]!)) e--;
    return e;
  };
  const skipSpaces = (from: number) => {
    let k = from;
    while (k < chars.length && isSpace(chars[k]!)) k++;
    return k;
  };
  /** Lines as [start, end) character ranges. */
  const ranges: [number, number][] = [];
  let start = skipSpaces(0);
  if (start >= chars.length) return [''];
  // A paragraph that fits needs no break opportunities: word segmentation (ICU's dictionary for
  // Chinese) was a tenth of a report's time, mostly spent on lines that fit.
  if (total <= maxWidth) return [chars.slice(start, trimEnd(start, chars.length)).join('')];
  const q = breakQualities(chars);
  while (start < chars.length) {
    let w = 0;
    let i = start;
    let next = -1;
    for (; i < chars.length; i++) {
      w += widths[i]!;
      if (w > maxWidth && !isSpace(chars[i]!) && i > start) {
        next = chooseBreak(q, start, i, maxWidth, (b) => width(start, trimEnd(start, b))) ?? forcedBreak(chars, start, i) ?? -1;
        if (next > start) break;
      }
    }
    if (i >= chars.length || next <= start) {
      ranges.push([start, trimEnd(start, chars.length)]);
      break;
    }
    ranges.push([start, trimEnd(start, next)]);
    start = skipSpaces(next);
  }
  avoidWidow(chars, q, ranges, maxWidth, width, trimEnd);
  return ranges.map(([s, e]) => chars.slice(s, e).join(''));
}

/** The break in (start, at] to take: the last word break, unless that leaves the line short and a weak break is later. */
function chooseBreak(q: readonly Q[], start: number, at: number, maxWidth: number, lineWidth: (b: number) => number): number | null {
  let word: number | null = null;
  let weak: number | null = null;
  for (let b = at; b > start && (word === null || weak === null); b--) {
    if (word === null && q[b]! >= Q.Word) word = b;
    if (weak === null && q[b]! >= Q.Weak) weak = b;
  }
  if (word !== null && (weak === null || weak === word || lineWidth(word) >= WEAK_BREAK_FILL * maxWidth)) return word;
  return weak;
}

/** The last position in (start, at] where a line may start without breaking the punctuation rules; null when none. */
function forcedBreak(chars: readonly string[], start: number, at: number): number | null {
  for (let k = at; k > start; k--) {
    let next = k;
    while (next < chars.length && isSpace(chars[next]!)) next++;
    let end = k;
    while (end > start && isSpace(chars[end - 1]!)) end--;
    if (end > start && (next >= chars.length || !CLOSING.has(chars[next]!)) && !OPENING.has(chars[end - 1]!)) return k;
  }
  return null;
}

/** A last line of one or two ideographs (punctuation aside) takes words from the line above while they fit. */
function avoidWidow(
  chars: readonly string[],
  q: readonly Q[],
  ranges: [number, number][],
  maxWidth: number,
  width: (from: number, to: number) => number,
  trimEnd: (start: number, end: number) => number,
): void {
  if (ranges.length < 2) return;
  const [lastStart, lastEnd] = ranges[ranges.length - 1]!;
  const isWidow = (from: number) => {
    const visible = chars.slice(from, lastEnd).filter((ch) => !isPunctuation(ch) && !isSpace(ch));
    return visible.length > 0 && visible.length <= WIDOW_CHARS && visible.every(cjk);
  };
  if (!isWidow(lastStart)) return;
  const prev = ranges[ranges.length - 2]!;
  for (let b = lastStart - 1; b > prev[0]; b--) {
    if (q[b] === Q.None) continue;
    if (width(b, lastEnd) > maxWidth) return;
    const prevEnd = trimEnd(prev[0], b);
    if (prevEnd <= prev[0]) return;
    if (isWidow(b)) continue;
    prev[1] = prevEnd;
    ranges[ranges.length - 1] = [b, lastEnd];
    return;
  }
}

/** Lines back into running text: a space where the break dropped one between Latin words, none between ideographs. */
export function rejoinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    if (text === '') return line;
    const before = [...text].at(-1)!;
    const after = [...line][0] ?? '';
    return text + (cjk(before) || (after !== '' && cjk(after)) || before === '-' ? '' : ' ') + line;
  }, '');
}
