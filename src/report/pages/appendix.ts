/** Appendix: every finding with its rule id, then the method and the ideas it rests on. */
import { severityLabel } from '../../findings';
import type { ReportContent } from '../content';
import { Flow } from '../draw/flow';
import type { Surface } from '../draw/surface';
import { ACCENT, FAINT, INK, MUTED, SEVERITY_COLOR, TYPE } from '../theme';

const SEVERITY_INK = { error: SEVERITY_COLOR.critical, warning: SEVERITY_COLOR.high, info: MUTED } as const;

export function drawAppendix(s: Surface, c: ReportContent): void {
  const f = new Flow(s, c, 'appendix', c.t('section.appendix'));
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
  f.space(16);
  f.heading(c.t('appendix.method'), TYPE.heading, INK, 80);
  f.space(4);
  for (const topic of ['levels', 'hundred', 'tiers', 'leave'] as const) {
    f.heading(c.t(`method.${topic}.title`), TYPE.subheading, ACCENT, 40);
    f.space(2);
    f.para(c.t(`method.${topic}.text`), { size: TYPE.body, color: INK }, 0, 1.55);
    f.space(12);
  }
  f.para(c.t('method.sources'), { size: TYPE.caption, color: FAINT });
}
