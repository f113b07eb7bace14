/** poppler-utils, spawned from the tests: what a reader's tools see in a report. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `layout` keeps what sits on one line together (a heading and the note beside it) instead of reading order. */
export async function pdfText(file: string, layout = false, pages?: { first: number; last: number }): Promise<string> {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...range, ...(layout ? ['-layout'] : []), file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name, type (may be two words), encoding, emb, sub, uni, object, id
      const [uni, sub, emb] = cols.slice(-5, -2).reverse();
      return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/** Page sizes in points, in page order. */
export async function pageSizes(file: string): Promise<[number, number][]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '9999', file]);
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The bookmarks, flattened: title and target page, in document order (poppler's pdftohtml -xml). */
export async function pdfOutline(file: string): Promise<{ title: string; page: number }[]> {
  const { stdout } = await run('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { maxBuffer: 64 * 1024 * 1024 });
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...stdout.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ page: Number(m[1]), title: unescape(m[2]!) }));
}
