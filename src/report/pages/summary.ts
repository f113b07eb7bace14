/** Executive summary: what to do first, the headline sentences, then the charts. */
import type { ReportContent } from '../content';
import { emotionChart, levelChart, scoreChart } from '../draw/charts';
import { Flow } from '../draw/flow';
import type { Surface } from '../draw/surface';
import { ACCENT, INK, MUTED, TYPE } from '../theme';
import { drawDoFirst } from './do-first';

export function drawSummary(s: Surface, c: ReportContent): void {
  const f = new Flow(s, c, 'summary', c.t('section.summary'));
  drawDoFirst(f, c);
  f.heading(c.t('situation.title'), TYPE.heading, INK, 60);
  f.space(4);
  const style = { size: TYPE.subheading, color: INK };
  c.headlines.forEach((sentence, i) => {
    f.ensure(f.measure(sentence, style, 26) + 10);
    s.text(String(i + 1).padStart(2, '0'), f.left, f.y + TYPE.subheading, { size: TYPE.subheading, bold: true, color: ACCENT });
    f.para(sentence, style, 26, 1.5);
    f.space(9);
  });
  f.space(14);
  chartHeading(f, c.t('chart.levels'), c.t('chart.levels-note'), 80);
  f.y += levelChart(s, c, f.left, f.y, f.width) + 8;
  chartHeading(f, c.t('chart.emotion'), c.t('chart.emotion-note'), 130);
  f.y += emotionChart(s, c, f.left, f.y, f.width, 125) + 16;
  const scoresH = c.analysis.stages.length * 15;
  chartHeading(f, c.t('chart.scores'), '', Math.min(scoresH, 300));
  if (f.y + scoresH <= f.bottom) f.y += scoreChart(s, c, c.analysis, f.left, f.y, f.width);
  else for (let i = 0; i < c.analysis.stages.length; i += 40) {
    const part = { ...c.analysis, stages: c.analysis.stages.slice(i, i + 40) };
    f.ensure(part.stages.length * 15);
    f.y += scoreChart(s, c, part, f.left, f.y, f.width) + 6;
  }
}

/** A chart's title and note, kept on the same page as the `keepWith` points of chart below them. */
function chartHeading(f: Flow, title: string, note: string, keepWith: number): void {
  const titleStyle = { size: TYPE.small + 1, bold: true, color: INK };
  const noteStyle = { size: TYPE.caption, color: MUTED };
  f.ensure(f.measure(title, titleStyle) + (note ? f.measure(note, noteStyle) : 0) + 10 + keepWith);
  f.para(title, titleStyle);
  if (note) f.para(note, noteStyle);
  f.space(10);
}
