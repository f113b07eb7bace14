/** Flowing text on portrait pages: a cursor that starts a new page when the next block does not fit. */
import type { ReportContent } from '../content';
import { ACCENT, INK, LEADING, MARGIN, MUTED, TYPE, type Rgb } from '../theme';
import type { SectionKey, Surface, TextStyle } from './surface';

/** Share of a page's body that must be free for the next section to begin on it. */
const CONTINUE_SHARE = 0.4;

export class Flow {
  y = 0;
  readonly left: number;
  readonly width: number;

  /**
   * `after`: the flow of the section before, when this one may begin on its last page. It does when at least
   * CONTINUE_SHARE of the page is still free, so a section that ends a few lines into a page does not leave it
   * nearly empty; otherwise the section starts a page of its own.
   */
  constructor(
    readonly s: Surface,
    readonly c: ReportContent,
    readonly section: SectionKey,
    title: string,
    after?: Flow,
  ) {
    const [w, h] = s.size('portrait');
    this.left = MARGIN.portrait.side;
    this.width = w - 2 * MARGIN.portrait.side;
    const body = h - MARGIN.portrait.top - MARGIN.portrait.bottom;
    if (after && s.page.orientation === 'portrait' && after.bottom - after.y >= CONTINUE_SHARE * body) {
      s.beginSectionHere(section);
      this.y = after.y + 24;
    } else {
      s.addPage('portrait', section);
      this.y = MARGIN.portrait.top + 8;
    }
    s.text(title, this.left, this.y + TYPE.title, { size: TYPE.title, bold: true, color: INK });
    this.y += TYPE.title + 10;
    s.fill(ACCENT);
    s.doc.rect(this.left, this.y, 36, 2.5, 'F');
    this.y += 20;
  }

  get bottom(): number {
    return this.s.height - MARGIN.portrait.bottom;
  }

  /** Moves to a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height <= this.bottom) return;
    this.s.addPage('portrait', this.section);
    this.y = MARGIN.portrait.top;
  }

  space(points: number): void {
    this.y += points;
  }

  heading(text: string, size: number = TYPE.heading, color: Rgb = INK, keepWith = 40): void {
    this.ensure(size * LEADING + keepWith);
    this.para(text, { size, bold: true, color });
  }

  /**
   * Wrapped text, line by line, so long paragraphs continue on the next page; never leaves one line of a
   * paragraph alone at the foot of a page or at the head of the next (no orphans, no widows).
   */
  para(text: string, style: TextStyle, indent = 0, leading = LEADING): void {
    const width = this.width - indent;
    const step = style.size * leading;
    const lines = this.s.wrap(text, width, style.size, style.bold);
    const fit = Math.max(0, Math.floor((this.bottom - this.y) / step + 1e-6));
    // Where the page break falls: after `breakAt` lines, or nowhere when the paragraph fits.
    let breakAt = fit >= lines.length ? -1 : fit;
    if (breakAt !== -1 && lines.length - breakAt < 2) breakAt = Math.max(lines.length - 2, 0);
    if (breakAt === 1) breakAt = 0;
    lines.forEach((line, i) => {
      if (i === breakAt) {
        this.s.addPage('portrait', this.section);
        this.y = MARGIN.portrait.top;
      }
      this.ensure(step);
      this.s.text(line, this.left + indent, this.y + style.size * 0.95, style);
      this.y += step;
    });
  }

  /** Height a paragraph will take, for keeping blocks together. */
  measure(text: string, style: TextStyle, indent = 0, leading = LEADING): number {
    return this.s.wrap(text, this.width - indent, style.size, style.bold).length * style.size * leading;
  }

  note(text: string, indent = 0): void {
    this.para(text, { size: TYPE.small, color: MUTED }, indent);
  }
}
