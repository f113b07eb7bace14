/** Stage by stage: score, levels and the findings that concern each stage. */
import { LEVEL_KEYS, type StageAnalysis } from '../../analysis';
import type { ReportContent } from '../content';
import { formatEmotion } from '../draw/charts';
import { Flow } from '../draw/flow';
import { levelBadge } from '../draw/glyphs';
import { ACCENT, FAINT, INK, LEVEL_COLOR, MUTED, RULE, SEVERITY_COLOR, TYPE, WASH } from '../theme';

export function drawStages(s: Flow['s'], c: ReportContent, after?: Flow): Flow {
  const f = new Flow(s, c, 'stages', c.t('section.stages'), after);
  const byStage = new Map<string, string[]>();
  for (const rf of c.findings) for (const id of rf.stageIds) byStage.set(id, [...(byStage.get(id) ?? []), rf.message]);
  for (const stage of c.analysis.stages) stageBlock(f, c, stage, byStage.get(stage.stageId) ?? []);
  return f;
}

function stageBlock(f: Flow, c: ReportContent, st: StageAnalysis, findings: readonly string[]): void {
  const { s } = f;
  f.ensure(110);
  const top = f.y;
  const zeroed = st.zeroedBy.length > 0;
  const score = st.score === null ? '–' : String(Math.round(st.score));
  const color = zeroed ? SEVERITY_COLOR.critical : st.stageId === c.analysis.worstStageId ? SEVERITY_COLOR.high : ACCENT;
  s.text(score, f.left + f.width, top + 24, { size: 26, bold: true, color, align: 'right' });
  s.text(c.t(st.score === null ? 'map.no-score' : 'stages.score'), f.left + f.width, top + 36, { size: TYPE.caption, color: FAINT, align: 'right' });
  const nameWidth = f.width - 90;
  const name = `${st.index + 1}  ${st.name}`;
  const lines = s.wrap(name, nameWidth, TYPE.heading, true);
  lines.forEach((line, i) => s.text(line, f.left, top + TYPE.heading + i * TYPE.heading * 1.3, { size: TYPE.heading, bold: true, color: INK }));
  f.y = top + lines.length * TYPE.heading * 1.3 + 6;
  const emotion = st.meanEmotion === null ? c.t('stages.no-emotion') : c.t('stages.emotion', { value: formatEmotion(st.meanEmotion) });
  const facts = [c.count('count.touchpoints', st.touchpointIds.length), c.count('count.pain-points', st.painPointIds.length), emotion];
  s.text(s.fit(facts.join('   ·   '), nameWidth, TYPE.small), f.left, f.y + TYPE.small, { size: TYPE.small, color: MUTED });
  f.y = Math.max(f.y + 16, top + 44);
  if (zeroed) {
    const titles = st.zeroedBy.map((id) => c.analysis.risks.find((r) => r.painPointId === id)?.title ?? id);
    f.para(c.t('stages.zeroed', { pains: titles.join(c.locale === 'zh-CN' ? '、' : ', ') }), { size: TYPE.small, bold: true, color: SEVERITY_COLOR.critical });
    f.space(4);
  }
  const total = LEVEL_KEYS.reduce((a, k) => a + st.levels[k], 0);
  if (total > 0) {
    const barW = f.width;
    let x = f.left;
    s.fill(WASH);
    s.doc.rect(x, f.y, barW, 6, 'F');
    for (const k of LEVEL_KEYS) {
      const w = (st.levels[k] / total) * barW;
      if (w <= 0) continue;
      s.fill(LEVEL_COLOR[k]);
      s.doc.rect(x, f.y, w, 6, 'F');
      x += w;
    }
    f.space(16);
    let lx = f.left;
    for (const k of LEVEL_KEYS) {
      if (st.levels[k] === 0) continue;
      const text = `${c.t(`level.${k}`)} ${st.levels[k]}`;
      levelBadge(s, k, lx + 3.5, f.y - 2.5, 7);
      s.text(text, lx + 10, f.y, { size: TYPE.small, color: INK });
      lx += 10 + s.measure(text, TYPE.small) + 16;
    }
    f.space(12);
  }
  f.para(c.t('stages.findings'), { size: TYPE.small, bold: true, color: INK });
  f.space(2);
  if (findings.length === 0) f.para(c.t('stages.no-findings'), { size: TYPE.small, color: FAINT }, 10);
  for (const message of findings) {
    f.ensure(TYPE.small * 1.5);
    s.fill(MUTED);
    s.doc.circle(f.left + 3, f.y + TYPE.small * 0.6, 1.2, 'F');
    f.para(message, { size: TYPE.small, color: INK }, 10);
    f.space(2);
  }
  f.space(10);
  s.stroke(RULE, 0.6);
  f.ensure(12);
  s.doc.line(f.left, f.y, f.left + f.width, f.y);
  f.space(18);
}
