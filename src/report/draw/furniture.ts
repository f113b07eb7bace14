/** Running headers and footers: the map title and report date on top, the section and page number below. */
import type { ReportContent } from '../content';
import { FAINT, MARGIN, MUTED, RULE, TYPE } from '../theme';
import type { PageRecord, SectionKey, Surface } from './surface';

const SECTION_KEY = {
  cover: 'cover.kicker',
  summary: 'section.summary',
  map: 'section.map',
  register: 'section.register',
  stages: 'section.stages',
  appendix: 'section.appendix',
} as const satisfies Record<SectionKey, string>;

export function sectionTitle(c: ReportContent, section: SectionKey): string {
  return c.t(SECTION_KEY[section]);
}

/** What a page's footer names: its section (with the part it shows), then each section that begins on it. */
export function footerText(c: ReportContent, page: Pick<PageRecord, 'section' | 'label' | 'begins'>): string {
  const own = sectionTitle(c, page.section);
  return [page.label ? `${own} · ${page.label}` : own, ...page.begins.map((section) => sectionTitle(c, section))].join(' · ');
}

export function drawFurniture(s: Surface, c: ReportContent, date: string): void {
  const total = s.pages.length;
  for (const page of s.pages) {
    if (page.section === 'cover') continue;
    s.doc.setPage(page.number);
    const [w, h] = s.size(page.orientation);
    const m = MARGIN[page.orientation];
    const top = m.top - 26;
    const size = TYPE.caption;
    const titleWidth = w - 2 * m.side - s.measure(date, size) - 24;
    s.text(s.fit(c.map.title, titleWidth, size, true), m.side, top, { size, bold: true, color: MUTED });
    s.text(date, w - m.side, top, { size, color: MUTED, align: 'right' });
    s.stroke(RULE, 0.5);
    s.doc.line(m.side, top + 6, w - m.side, top + 6);
    const foot = h - m.bottom + 26;
    s.text(s.fit(footerText(c, page), w - 2 * m.side - 80, size), m.side, foot, { size, color: FAINT });
    s.text(c.t('page.number', { page: page.number, total }), w - m.side, foot, { size, color: MUTED, align: 'right' });
  }
}
