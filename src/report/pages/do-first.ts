/** The "Do first" block at the top of the summary: three actions to fund, then the numbers behind them. */
import type { DoFirstAction } from '../../advice';
import { joinList, unquoted } from '../../i18n';
import { tierLabel } from '../../suggestions';
import type { ReportContent } from '../content';
import type { Flow } from '../draw/flow';
import { formatNumber, formatWait } from '../text/format';
import { ACCENT, ACCENT_WASH, INK, MUTED, TIER_COLOR, TYPE } from '../theme';

const INDENT = 30;

export function drawDoFirst(f: Flow, c: ReportContent): void {
  const { s } = f;
  f.heading(c.t('dofirst.title'), TYPE.heading, ACCENT, 90);
  f.para(c.t('dofirst.note'), { size: TYPE.small, color: MUTED });
  f.space(10);
  const { actions } = c.doFirst;
  if (actions.length === 0) {
    f.para(c.t('dofirst.none'), { size: TYPE.body, color: INK });
    f.space(12);
  }
  actions.forEach((action, i) => {
    const lines = actionLines(c, action);
    const height = lines.reduce((h, [text, style]) => h + f.measure(text, style, INDENT), 0);
    f.ensure(height + 8);
    const top = f.y;
    s.fill(ACCENT_WASH);
    s.doc.roundedRect(f.left, top, 20, 20, 3, 3, 'F');
    s.text(String(i + 1), f.left + 10 - s.measure(String(i + 1), TYPE.subheading, true) / 2, top + 14, { size: TYPE.subheading, bold: true, color: ACCENT });
    for (const [text, style] of lines) f.para(text, style, INDENT);
    f.space(9);
  });
  evidence(f, c);
}

type Line = [string, { size: number; bold?: boolean; color: readonly [number, number, number] }];

function actionLines(c: ReportContent, a: DoFirstAction): Line[] {
  const step = c.touchpoints.get(a.stepId)?.title ?? '';
  const lane = c.map.lanes.find((l) => l.id === a.laneId)?.name ?? '';
  const stage = c.map.stages.find((st) => st.id === a.stageId)?.name ?? '';
  const removes = a.removes.map((r) => c.t('dofirst.removes-item', { title: r.title, severity: c.t(`severity.${r.severity}`).toLocaleLowerCase(c.locale), risk: formatNumber(r.risk) }));
  // A team remedy's title only says whose it is; its text is the action.
  const team = a.advice.source === 'team';
  const headline = `${tierLabel(a.advice.tier, c.locale)} · ${team ? a.advice.text : a.advice.title}`;
  return [
    [headline, { size: TYPE.subheading, bold: true, color: TIER_COLOR[a.advice.tier] }],
    [c.t(a.atHiddenCause ? 'dofirst.where-hidden' : 'dofirst.where', { step, lane, stage }), { size: TYPE.small, bold: true, color: INK }],
    [c.t('dofirst.removes', { list: joinList(removes, c.locale) }), { size: TYPE.small, color: INK }],
    [team ? a.advice.title : a.advice.text, { size: TYPE.small, color: MUTED }],
  ];
}

/** The recorded numbers that make the case: worst waits, NPS and CSAT, zeroed stages. */
function evidence(f: Flow, c: ReportContent): void {
  const lines = evidenceLines(c);
  if (lines.length === 0) return;
  const style = { size: TYPE.small, color: INK };
  f.ensure(TYPE.small * 3 + f.measure(lines[0]!, style, INDENT));
  f.para(c.t('dofirst.evidence'), { size: TYPE.small + 1, bold: true, color: INK });
  f.space(3);
  for (const line of lines) {
    f.ensure(f.measure(line, style, INDENT + 10));
    f.s.fill(ACCENT);
    f.s.doc.circle(f.left + INDENT + 2, f.y + TYPE.small * 0.6, 1.4, 'F');
    f.para(line, style, INDENT + 10);
  }
  f.space(14);
}

export function evidenceLines(c: ReportContent): string[] {
  const title = (id: string) => c.touchpoints.get(id)?.title ?? id;
  const { waits, scores, zeroed } = c.doFirst;
  const painTitle = new Map(c.analysis.risks.map((r) => [r.painPointId, r.title]));
  return [
    ...waits.map((w) => c.t('dofirst.wait', { step: title(w.touchpointId), wait: formatWait(c, w.minutes) })),
    ...scores.map((e) => {
      const parts = [...(e.nps === undefined ? [] : [`NPS ${e.nps}`]), ...(e.csat === undefined ? [] : [`CSAT ${e.csat}`])];
      return c.t('dofirst.scores', { step: title(e.touchpointId), scores: parts.join(c.locale === 'zh-CN' ? '，' : ', ') });
    }),
    ...zeroed.map((z) => c.t('dofirst.zeroed', { stage: c.map.stages.find((st) => st.id === z.stageId)?.name ?? '', list: joinList(z.painPointIds.map((id) => `“${unquoted(painTitle.get(id) ?? id)}”`), c.locale) })),
  ];
}
