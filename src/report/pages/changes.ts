/**
 * "What changed": the report of a new version compared with an earlier one. Regressions open the
 * section, then the score of every stage before and after, the pain points that appeared and those
 * resolved, then everything else the diff found (capped: the full list is `touchpoint diff`).
 */
import { diffMaps, type Change } from '../../diff';
import { formatChange, formatDiff } from '../../diff/format';
import { translate, type Locale, type Params } from '../../i18n';
import { interchangeMessages, type InterchangeKey } from '../../i18n/interchange';
import type { MapDocument } from '../../model';
import { analyzeMap } from '../../analysis';
import type { ReportContent } from '../content';
import { Flow } from '../draw/flow';
import type { Surface } from '../draw/surface';
import { ACCENT, FAINT, INK, MUTED, RULE, SEVERITY_COLOR, TYPE } from '../theme';

/** Past this many lines the "other changes" list stops; a reader wanting all runs `touchpoint diff`. */
const OTHER_CHANGES_SHOWN = 40;

export interface ScoreRow {
  name: string;
  before: number | null | 'new';
  after: number | null | 'removed';
}

export interface ComposedChanges {
  locale: Locale;
  /** The earlier version's title, to say what the report compares with. */
  baseline: string;
  counts: { changes: number; regressions: number };
  regressions: string[];
  scores: ScoreRow[];
  newPains: string[];
  resolvedPains: string[];
  others: string[];
  othersHidden: number;
}

/** Everything the section says, as text, so the font subset can be built before drawing. */
export function composeChanges(before: MapDocument, after: MapDocument, locale: Locale): ComposedChanges {
  const analysis = { before: analyzeMap(before), after: analyzeMap(after) };
  const diff = diffMaps(before, after, { analysis });
  const versions = { before, after };
  const say = (c: Change) => formatChange(c, versions, locale);
  const regressions = new Set(diff.regressions);
  const isPainList = (c: Change) => c.kind === 'pain-added' || c.kind === 'pain-resolved';
  const others = formatDiff({ changes: diff.changes.filter((c) => !regressions.has(c) && !isPainList(c) && c.kind !== 'stage-score'), regressions: [] }, versions, locale).flatMap(
    (s) => s.lines,
  );
  const oldScores = new Map(analysis.before.stages.map((s) => [s.stageId, s.score as number | null]));
  const scores: ScoreRow[] = analysis.after.stages.map((s) => ({ name: s.name, before: oldScores.has(s.stageId) ? oldScores.get(s.stageId)! : 'new', after: s.score }));
  const kept = new Set(after.stages.map((s) => s.id));
  for (const s of analysis.before.stages) if (!kept.has(s.stageId)) scores.push({ name: s.name, before: s.score, after: 'removed' });
  return {
    locale,
    baseline: before.title,
    counts: { changes: diff.changes.length, regressions: diff.regressions.length },
    regressions: diff.regressions.map(say),
    scores,
    newPains: diff.changes.filter((c) => c.kind === 'pain-added').map(say),
    resolvedPains: diff.changes.filter((c) => c.kind === 'pain-resolved').map(say),
    others: others.slice(0, OTHER_CHANGES_SHOWN),
    othersHidden: Math.max(0, others.length - OTHER_CHANGES_SHOWN),
  };
}

const t = (c: ComposedChanges, key: InterchangeKey, params?: Params) => translate(interchangeMessages, c.locale, key, params);

function scoreText(c: ComposedChanges, value: ScoreRow['before'] | ScoreRow['after']): string {
  if (value === null) return t(c, 'value.no-data');
  if (value === 'new') return t(c, 'changes.stage-new');
  if (value === 'removed') return t(c, 'changes.stage-removed');
  return String(Math.round(value));
}

/** All the words the section will set, for the font subset. */
export function changesText(c: ComposedChanges): string {
  const keys: InterchangeKey[] = ['changes.title', 'changes.intro', 'changes.none', 'changes.regressions', 'changes.scores', 'changes.stage', 'changes.before', 'changes.after', 'changes.new-pains', 'changes.resolved-pains', 'changes.others', 'changes.more', 'changes.no-regressions', 'changes.stage-new', 'changes.stage-removed', 'value.no-data'];
  return [...keys.map((k) => t(c, k, { ...c.counts, baseline: c.baseline, count: c.othersHidden })), ...c.regressions, ...c.scores.map((r) => r.name), ...c.newPains, ...c.resolvedPains, ...c.others, '0123456789+−–()'].join('\n');
}

export function drawChanges(s: Surface, content: ReportContent, c: ComposedChanges): void {
  // Drawn among the summary's pages: the running header stays "Executive summary", the heading says what this is.
  const f = new Flow(s, content, 'summary', t(c, 'changes.title'));
  const body = { size: TYPE.body, color: INK };
  if (c.counts.changes === 0) {
    f.para(t(c, 'changes.none', { baseline: c.baseline }), body);
    return;
  }
  f.para(t(c, 'changes.intro', { ...c.counts, baseline: c.baseline }), { size: TYPE.subheading, color: INK }, 0, 1.5);
  f.space(12);
  list(f, t(c, 'changes.regressions'), c.regressions.length > 0 ? c.regressions : [t(c, 'changes.no-regressions')], c.regressions.length > 0 ? SEVERITY_COLOR.critical : MUTED);
  scoreTable(f, c);
  list(f, t(c, 'changes.new-pains'), c.newPains, SEVERITY_COLOR.high);
  list(f, t(c, 'changes.resolved-pains'), c.resolvedPains, ACCENT);
  const others = c.othersHidden > 0 ? [...c.others, t(c, 'changes.more', { count: c.othersHidden })] : c.others;
  list(f, t(c, 'changes.others'), others, MUTED);
}

function list(f: Flow, title: string, lines: readonly string[], bullet: readonly [number, number, number]): void {
  if (lines.length === 0) return;
  f.heading(title, TYPE.heading, INK, 30);
  f.space(2);
  for (const line of lines) {
    f.ensure(TYPE.small * 1.6);
    f.s.fill(bullet);
    f.s.doc.circle(f.left + 3, f.y + TYPE.small * 0.6, 1.6, 'F');
    f.para(line, { size: TYPE.small, color: INK }, 12);
    f.space(2);
  }
  f.space(12);
}

function scoreTable(f: Flow, c: ComposedChanges): void {
  if (c.scores.length === 0) return;
  const { s } = f;
  const row = TYPE.small * 1.9;
  const colAfter = f.left + f.width;
  const colBefore = colAfter - 70;
  const nameWidth = f.width - 160;
  f.heading(t(c, 'changes.scores'), TYPE.heading, INK, row * 3);
  const header = () => {
    const style = { size: TYPE.caption, bold: true, color: FAINT };
    s.text(t(c, 'changes.stage'), f.left, f.y + TYPE.caption, style);
    s.text(t(c, 'changes.before'), colBefore, f.y + TYPE.caption, { ...style, align: 'right' });
    s.text(t(c, 'changes.after'), colAfter, f.y + TYPE.caption, { ...style, align: 'right' });
    f.space(row * 0.8);
  };
  header();
  for (const r of c.scores) {
    if (f.y + row > f.bottom) {
      f.ensure(row * 2);
      header();
    }
    const fell = typeof r.before === 'number' && typeof r.after === 'number' && r.after < r.before;
    const rose = typeof r.before === 'number' && typeof r.after === 'number' && r.after > r.before;
    const y = f.y + TYPE.small;
    s.text(s.fit(r.name, nameWidth, TYPE.small), f.left, y, { size: TYPE.small, color: INK });
    s.text(scoreText(c, r.before), colBefore, y, { size: TYPE.small, color: MUTED, align: 'right' });
    const delta = typeof r.before === 'number' && typeof r.after === 'number' ? Math.round(r.after) - Math.round(r.before) : 0;
    const after = delta === 0 ? scoreText(c, r.after) : `${scoreText(c, r.after)} (${delta > 0 ? '+' : '−'}${Math.abs(delta)})`;
    s.text(after, colAfter, y, { size: TYPE.small, bold: fell || rose, color: fell ? SEVERITY_COLOR.critical : rose ? ACCENT : INK, align: 'right' });
    s.stroke(RULE, 0.4);
    s.doc.line(f.left, f.y + row - 3, colAfter, f.y + row - 3);
    f.space(row);
  }
  f.space(14);
}
