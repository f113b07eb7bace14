/** PDF bookmarks: the sections, and every pain point under the register, so a reader can jump to them. */
import type { ReportContent } from '../content';
import { sectionTitle } from './furniture';
import type { SectionKey, Surface } from './surface';

export interface Bookmark {
  title: string;
  page: number;
}

const SECTIONS: readonly SectionKey[] = ['summary', 'map', 'register', 'stages', 'appendix'];

/**
 * jsPDF writes outline titles as PDF literal strings byte by byte; text outside Latin-1 must go in as
 * UTF-16BE with a byte-order mark (ISO 32000 7.9.2.2), one character per byte.
 */
export function pdfTextString(text: string): string {
  let out = '\u00fe\u00ff';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return out;
}

export function addOutline(s: Surface, c: ReportContent, painPoints: readonly Bookmark[]): void {
  for (const section of SECTIONS) {
    const first = s.sectionStart(section);
    if (first === undefined) continue;
    const node = s.doc.outline.add(null, pdfTextString(sectionTitle(c, section)), { pageNumber: first });
    if (section === 'register') for (const pain of painPoints) s.doc.outline.add(node, pdfTextString(pain.title), { pageNumber: pain.page });
  }
}
