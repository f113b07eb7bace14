/** The cover: title, date, map type, personas, and (filled in last) the contents with page numbers. */
import type { ReportContent } from '../content';
import { sectionTitle } from '../draw/furniture';
import type { SectionKey, Surface } from '../draw/surface';
import { ACCENT, ACCENT_WASH, FAINT, INK, LEADING, MUTED, RULE, TYPE } from '../theme';

const SIDE = 72;
const CONTENTS_TOP = (pageHeight: number) => pageHeight - 210;

/** At most `max` lines; the last one ends with an ellipsis when text was cut. */
function clamp(s: Surface, lines: string[], max: number, width: number, size: number, bold = false): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = s.fit(`${kept[max - 1]}${lines[max]}`, width, size, bold);
  return kept;
}

export function drawCover(s: Surface, c: ReportContent, date: string): void {
  s.addPage('portrait', 'cover');
  const [w, h] = s.size('portrait');
  s.fill(ACCENT);
  s.doc.rect(0, 0, 14, h, 'F');
  s.fill(ACCENT_WASH);
  s.doc.rect(14, 0, 6, h, 'F');
  const width = w - SIDE * 2;
  let y = 120;
  s.text(c.t('cover.kicker'), SIDE, y, { size: TYPE.small + 1, bold: true, color: ACCENT });
  y += 26;
  for (const line of clamp(s, s.wrap(c.map.title, width, TYPE.display, true), 4, width, TYPE.display, true)) {
    s.text(line, SIDE, y + TYPE.display * 0.9, { size: TYPE.display, bold: true, color: INK });
    y += TYPE.display * 1.22;
  }
  if (c.map.description) {
    y += 8;
    for (const line of clamp(s, s.wrap(c.map.description, width, TYPE.subheading), 5, width, TYPE.subheading)) {
      s.text(line, SIDE, y + TYPE.subheading, { size: TYPE.subheading, color: MUTED });
      y += TYPE.subheading * LEADING;
    }
  }
  y += 22;
  s.stroke(RULE, 0.6);
  s.doc.line(SIDE, y, w - SIDE, y);
  y += 22;
  const pains = c.analysis.risks.length;
  const facts: [string, string][] = [
    [c.t('cover.date'), date],
    [c.t('cover.template'), c.t(`template.${c.map.template ?? 'custom'}`)],
    [c.t('cover.scope'), [c.count('count.stages', c.map.stages.length), c.count('count.touchpoints', c.map.touchpoints.length), c.count('count.pain-points', pains)].join('\n')],
  ];
  const colW = width / 3;
  facts.forEach(([label, value], i) => {
    const x = SIDE + i * colW;
    s.text(label, x, y, { size: TYPE.caption, color: FAINT, bold: true });
    let vy = y + 15;
    for (const line of s.wrap(value, colW - 12, TYPE.body).slice(0, 3)) {
      s.text(line, x, vy, { size: TYPE.body, color: INK });
      vy += TYPE.body * LEADING;
    }
  });
  y += 76;
  const personas = c.map.personas ?? [];
  if (personas.length > 0) {
    s.text(c.t('cover.personas'), SIDE, y, { size: TYPE.caption, color: FAINT, bold: true });
    y += 14;
    for (const persona of personas.slice(0, 4)) {
      if (y > CONTENTS_TOP(h) - 60) break;
      const type = persona.type ? ` · ${c.t(`persona.${persona.type}`)}` : '';
      s.text(s.fit(`${persona.name}${type}`, width, TYPE.subheading, true), SIDE, y + TYPE.subheading, { size: TYPE.subheading, bold: true, color: INK });
      y += TYPE.subheading * 1.6;
      if (persona.goals) {
        for (const line of clamp(s, s.wrap(persona.goals, width, TYPE.small), 2, width, TYPE.small)) {
          s.text(line, SIDE, y + TYPE.small, { size: TYPE.small, color: MUTED });
          y += TYPE.small * LEADING;
        }
      }
      y += 8;
    }
  }
  s.text(s.fit(c.t('cover.footer'), width, TYPE.caption), SIDE, h - 48, { size: TYPE.caption, color: FAINT });
}

const CONTENTS: readonly SectionKey[] = ['summary', 'map', 'register', 'stages', 'appendix'];

/** Runs last, when every section's first page is known. */
export function drawContents(s: Surface, c: ReportContent): void {
  s.doc.setPage(1);
  const [w, h] = s.size('portrait');
  let y = CONTENTS_TOP(h);
  s.text(c.t('cover.contents'), SIDE, y, { size: TYPE.caption, color: FAINT, bold: true });
  y += 8;
  for (const section of CONTENTS) {
    const first = s.sectionStart(section);
    if (first === undefined) continue;
    y += 20;
    s.text(sectionTitle(c, section), SIDE, y, { size: TYPE.subheading, color: INK });
    s.text(String(first), w - SIDE, y, { size: TYPE.subheading, color: ACCENT, bold: true, align: 'right' });
    s.stroke(RULE, 0.4, [1, 2]);
    s.doc.line(SIDE, y + 6, w - SIDE, y + 6);
  }
  s.stroke(RULE, 0.5, []);
}
