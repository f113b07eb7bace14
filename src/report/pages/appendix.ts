/** Appendix: every finding with its rule id, then the method and the ideas it rests on. */
import { severityLabel } from '../../findings';
import { LEVELS } from '../../model';
import type { ReportContent } from '../content';
import { Flow } from '../draw/flow';
import { levelBadge } from '../draw/glyphs';
import type { Surface } from '../draw/surface';
import { tierLabel } from '../../suggestions';
import { ACCENT, FAINT, INK, MUTED, SEVERITY_COLOR, TIER_COLOR, TYPE } from '../theme';

const SEVERITY_INK = { error: SEVERITY_COLOR.critical, warning: SEVERITY_COLOR.high, info: MUTED } as const;

export function drawAppendix(s: Surface, c: ReportContent, after?: Flow): void {
  const f = new Flow(s, c, 'appendix', c.t('section.appendix'), after);
  f.heading(c.t('appendix.findings'), TYPE.heading, INK);
  f.space(4);
  if (c.findings.length === 0) f.para(c.t('appendix.no-findings'), { size: TYPE.body, color: MUTED });
  for (const { finding, message } of c.findings) {
    const tag = `${severityLabel(finding.severity, c.locale)} · ${finding.rule}`;
    f.ensure(TYPE.small * 3);
    f.para(tag, { size: TYPE.caption, bold: true, color: SEVERITY_INK[finding.severity] });
    f.para(message, { size: TYPE.small, color: INK });
    f.space(5);
  }
  furtherSuggestions(f, c);
  f.space(16);
  f.heading(c.t('appendix.method'), TYPE.heading, INK, 80);
  f.space(4);
  for (const topic of ['levels', 'hundred', 'tiers', 'leave'] as const) {
    f.heading(c.t(`method.${topic}.title`), TYPE.subheading, ACCENT, 40);
    f.space(2);
    if (topic === 'levels') levelKey(f, c);
    f.para(c.t(`method.${topic}.text`), { size: TYPE.body, color: INK }, 0, 1.55);
    f.space(12);
  }
  f.para(c.t('method.sources'), { size: TYPE.caption, color: FAINT });
}

/** The suggestions the register left out, per pain point in register order. */
function furtherSuggestions(f: Flow, c: ReportContent): void {
  const rest = c.analysis.risks.map((risk) => ({ risk, list: c.suggestions.get(risk.painPointId)?.appendix ?? [] })).filter((x) => x.list.length > 0);
  if (rest.length === 0) return;
  f.space(16);
  f.heading(c.t('appendix.more'), TYPE.heading, INK);
  f.note(c.t('appendix.more-note'));
  f.space(6);
  const textStyle = { size: TYPE.small, color: INK };
  rest.forEach(({ risk, list }) => {
    const rank = c.analysis.risks.indexOf(risk) + 1;
    f.heading(`${rank}  ${risk.title}`, TYPE.small + 1, INK, f.measure(list[0]!.text, textStyle, 12) + TYPE.small * 2);
    for (const a of list) {
      const line = `${tierLabel(a.tier, c.locale)} · ${a.title}`;
      f.ensure(f.measure(line, textStyle, 12) + f.measure(a.text, textStyle, 12));
      f.para(line, { size: TYPE.small, bold: true, color: TIER_COLOR[a.tier] }, 12);
      f.para(a.text, { size: TYPE.small, color: MUTED }, 12);
      f.space(3);
    }
    f.space(6);
  });
}

/** The four levels side by side, with the badge each carries on the map. */
function levelKey(f: Flow, c: ReportContent): void {
  const { s } = f;
  const colW = f.width / LEVELS.length;
  const cells = LEVELS.map((level) => ({ level, lines: s.wrap(c.t(`method.level.${level}`), colW - 24, TYPE.small).slice(0, 3) }));
  const height = TYPE.small * 1.4 * (1 + Math.max(...cells.map((cell) => cell.lines.length))) + 10;
  f.ensure(height);
  cells.forEach(({ level, lines }, i) => {
    const x = f.left + i * colW;
    levelBadge(s, level, x + 6, f.y + 7, 11);
    s.text(c.t(`level.${level}`), x + 17, f.y + 10, { size: TYPE.small + 0.5, bold: true, color: INK });
    lines.forEach((line, j) => s.text(line, x + 17, f.y + 10 + (j + 1) * TYPE.small * 1.4, { size: TYPE.small, color: MUTED }));
  });
  f.y += height;
}
