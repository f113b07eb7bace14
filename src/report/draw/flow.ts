/** Flowing text on portrait pages: a cursor that starts a new page when the next block does not fit. */
import type { ReportContent } from '../content';
import { ACCENT, INK, LEADING, MARGIN, MUTED, TYPE, type Rgb } from '../theme';
import type { SectionKey, Surface, TextStyle } from './surface';

export class Flow {
  y = 0;
  readonly left: number;
  readonly width: number;

  constructor(
    readonly s: Surface,
    readonly c: ReportContent,
    readonly section: SectionKey,
    title: string,
  ) {
    s.addPage('portrait', section);
    const [w] = s.size('portrait');
    this.left = MARGIN.portrait.side;
    this.width = w - 2 * MARGIN.portrait.side;
    this.y = MARGIN.portrait.top + 8;
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

  /** Wrapped text, line by line, so long paragraphs continue on the next page. */
  para(text: string, style: TextStyle, indent = 0, leading = LEADING): void {
    const width = this.width - indent;
    const step = style.size * leading;
    for (const line of this.s.wrap(text, width, style.size, style.bold)) {
      this.ensure(step);
      this.s.text(line, this.left + indent, this.y + style.size * 0.95, style);
      this.y += step;
    }
  }

  /** Height a paragraph will take, for keeping blocks together. */
  measure(text: string, style: TextStyle, indent = 0, leading = LEADING): number {
    return this.s.wrap(text, this.width - indent, style.size, style.bold).length * style.size * leading;
  }

  note(text: string, indent = 0): void {
    this.para(text, { size: TYPE.small, color: MUTED }, indent);
  }
}
