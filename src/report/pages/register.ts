/** The pain-point register: highest risk first, each with its suggestions under Prevent, Detect, Recover. */
import type { PainRisk } from '../../analysis';
import type { Tier } from '../../model';
import type { Suggestion } from '../../suggestions';
import { tierLabel, TIER_ORDER } from '../../suggestions';
import type { ReportContent } from '../content';
import { Flow } from '../draw/flow';
import type { Bookmark } from '../draw/outline';
import { painMarker } from '../draw/glyphs';
import type { Surface } from '../draw/surface';
import { formatNumber } from '../text/format';
import { ACCENT_WASH, FAINT, INK, mix, MUTED, PAPER, RULE, SEVERITY_COLOR, TIER_COLOR, TYPE, WASH } from '../theme';

const RECOVERY_WASH = mix(TIER_COLOR.recover, PAPER, 0.88);

/** Returns where each pain point's block starts, for the bookmarks. */
/** Returns the bookmarks of the pain points and the flow, so the next section may begin where it ends. */
export function drawRegister(s: Surface, c: ReportContent): { bookmarks: Bookmark[]; flow: Flow } {
  const f = new Flow(s, c, 'register', c.t('section.register'));
  f.note(c.t('register.intro'));
  f.space(14);
  if (c.analysis.risks.length === 0) f.para(c.t('register.empty'), { size: TYPE.body, color: INK });
  return { bookmarks: c.analysis.risks.map((risk, i) => ({ title: risk.title, page: painBlock(f, c, risk, i + 1) })), flow: f };
}

/** Height of a pain point's facts (two rows), remedy status and first tier heading, below its title. */
const HEAD_HEIGHT = 100;

/** Returns the page the block starts on. */
function painBlock(f: Flow, c: ReportContent, risk: PainRisk, rank: number): number {
  const { s } = f;
  const titleStyle = { size: TYPE.subheading + 1, bold: true, color: INK };
  const suggestions = c.suggestions.get(risk.painPointId)?.main ?? [];
  // The head (title, facts, remedy status) stays with the first tier heading and its first suggestion.
  const first = suggestions[0] ? printedHeight(f, printed(c, [suggestions[0]], risk, new Set())[0]!) : 0;
  f.ensure(f.measure(risk.title, titleStyle, 30) + HEAD_HEIGHT + first);
  const page = s.page.number;
  const top = f.y;
  s.text(String(rank), f.left, f.y + TYPE.subheading + 1, { size: TYPE.subheading + 1, bold: true, color: SEVERITY_COLOR[risk.severity] });
  painMarker(s, risk.severity, f.left + 20, top + 7, 9);
  f.para(risk.title, titleStyle, 30, 1.35);
  f.space(3);
  const tp = c.touchpoints.get(risk.touchpointId);
  const stage = c.map.stages.find((st) => st.id === risk.stageId);
  const cause = risk.causeId ? c.touchpoints.get(risk.causeId) : undefined;
  const causeText = cause ? (risk.hiddenCause ? c.t('register.hidden-cause', { cause: cause.title }) : cause.title) : c.t('register.no-cause');
  const votes = risk.votes > 0 ? `   ·   ${c.t('register.votes', { votes: risk.votes })}` : '';
  fieldGrid(f, 30, [
    [c.t('register.stage'), stage?.name ?? ''],
    [c.t('register.touchpoint'), tp?.title ?? ''],
    [c.t('register.cause'), causeText],
    [c.t('register.severity'), c.t(`severity.${risk.severity}`)],
    [c.t('register.category'), c.t(`category.${risk.category}`)],
    ['', `${c.t('register.risk', { risk: formatNumber(risk.risk) })}${votes}`],
  ]);
  const painPoint = tp?.painPoints?.find((p) => p.id === risk.painPointId);
  if (painPoint?.note) f.para(c.t('register.note', { note: painPoint.note }), { size: TYPE.small, color: MUTED }, 30);
  remedyStatus(f, c, painPoint?.remedies ?? []);
  f.space(6);
  // A seed fact is told once per block: the first suggestion that rests on it carries it.
  const told = new Set<string>();
  for (const tier of TIER_ORDER) tierBlock(f, c, tier, suggestions.filter((sg) => sg.tier === tier), risk, told);
  const more = c.suggestions.get(risk.painPointId)?.appendix.length ?? 0;
  if (more > 0) f.para(more === 1 ? c.t('register.more-one') : c.t('register.more', { count: more }), { size: TYPE.caption, color: FAINT }, 39);
  f.space(8);
  s.stroke(RULE, 0.6);
  f.ensure(14);
  s.doc.line(f.left, f.y, f.left + f.width, f.y);
  f.space(16);
  return page;
}

/** Label-over-value fields, three to a row: the facts of a pain point at a glance. */
function fieldGrid(f: Flow, indent: number, fields: readonly [string, string][]): void {
  const { s } = f;
  const colW = (f.width - indent) / 3;
  for (let row = 0; row < fields.length; row += 3) {
    const cells = fields.slice(row, row + 3).map(([label, value]) => ({ label, lines: s.wrap(value, colW - 12, TYPE.small).slice(0, 3) }));
    const height = TYPE.caption + 4 + Math.max(...cells.map((cell) => cell.lines.length)) * TYPE.small * 1.35;
    f.ensure(height + 4);
    cells.forEach((cell, i) => {
      const x = f.left + indent + i * colW;
      if (cell.label) s.text(cell.label, x, f.y + TYPE.caption, { size: TYPE.caption, color: FAINT });
      cell.lines.forEach((line, j) => s.text(line, x, f.y + TYPE.caption + 4 + TYPE.small + j * TYPE.small * 1.35, { size: TYPE.small, color: INK, bold: !cell.label }));
    });
    f.y += height + 5;
  }
}

const TIER_INDENT = 30;
const INNER = TIER_INDENT + 9;
const TEXT_STYLE = { size: TYPE.small + 0.5, color: INK };
const TITLE_STYLE = { size: TYPE.small + 0.5, bold: true, color: INK };
const FACT_STYLE = { size: TYPE.caption, color: MUTED };
const ACTS_ON_STYLE = { size: TYPE.caption, color: MUTED, bold: true };

/** One suggestion as printed: the fact only when the block has not told it yet, where it acts when that is elsewhere. */
interface Printed {
  sg: Suggestion;
  fact?: string;
  actsOn?: string;
}

function printed(c: ReportContent, list: readonly Suggestion[], risk: PainRisk, told: Set<string>): Printed[] {
  return list.map((sg) => {
    const p: Printed = { sg };
    if (sg.fact && !told.has(sg.fact)) {
      told.add(sg.fact);
      p.fact = sg.fact;
    }
    const target = sg.targetId === risk.touchpointId ? undefined : c.touchpoints.get(sg.targetId);
    if (target) p.actsOn = c.t('register.acts-on', { target: target.title });
    return p;
  });
}

function printedHeight(f: Flow, { sg, fact, actsOn }: Printed): number {
  const head = sg.source === 'team' ? TYPE.caption + 7 : f.measure(sg.title, TITLE_STYLE, INNER);
  return head + f.measure(sg.text, TEXT_STYLE, INNER) + (fact ? f.measure(fact, FACT_STYLE, INNER) : 0) + (actsOn ? f.measure(actsOn, ACTS_ON_STYLE, INNER) : 0) + 5;
}

function tierBlock(f: Flow, c: ReportContent, tier: Tier, list: readonly Suggestion[], risk: PainRisk, told: Set<string>): void {
  const { s } = f;
  const items = printed(c, list, risk, told);
  // The tier heading stays with its first suggestion.
  f.ensure(TYPE.body * 1.7 + (items[0] ? printedHeight(f, items[0]) : TYPE.small * 2));
  const color = TIER_COLOR[tier];
  const label = tierLabel(tier, c.locale);
  s.fill(color);
  s.doc.rect(f.left + TIER_INDENT, f.y + 2, 3, TYPE.body + 1, 'F');
  s.text(label, f.left + TIER_INDENT + 9, f.y + TYPE.body + 0.5, { size: TYPE.body + 0.5, bold: true, color });
  const lw = s.measure(label, TYPE.body + 0.5, true);
  s.text(s.fit(c.t(`tier.${tier}.question`), f.width - TIER_INDENT - lw - 24, TYPE.caption), f.left + TIER_INDENT + 9 + lw + 8, f.y + TYPE.body, { size: TYPE.caption, color: FAINT });
  f.space(TYPE.body * 1.7);
  if (items.length === 0) {
    f.para(c.t('register.none'), { size: TYPE.small, color: FAINT }, INNER);
    f.space(4);
    return;
  }
  for (const item of items) {
    const { sg, fact, actsOn } = item;
    // The suggestion, its fact and where it acts stay on one page: a fact alone at the top of a page reads as noise.
    f.ensure(printedHeight(f, item));
    if (sg.source === 'team') {
      const tag = c.t('register.team');
      const tw = s.measure(tag, TYPE.caption, true) + 8;
      s.fill(ACCENT_WASH);
      s.doc.roundedRect(f.left + INNER, f.y, tw, TYPE.caption + 4, 2, 2, 'F');
      s.text(tag, f.left + INNER + 4, f.y + TYPE.caption + 0.8, { size: TYPE.caption, bold: true, color });
      f.space(TYPE.caption + 7);
    } else f.para(sg.title, TITLE_STYLE, INNER);
    f.para(sg.text, TEXT_STYLE, INNER);
    if (fact) f.para(fact, FACT_STYLE, INNER);
    if (actsOn) f.para(actsOn, ACTS_ON_STYLE, INNER);
    f.space(5);
  }
}

/**
 * Beside the pain point, what the team has committed to: nothing yet, or only recovery — the
 * after-the-complaint service the prevention-first method calls mending the fold after the sheep are lost.
 */
function remedyStatus(f: Flow, c: ReportContent, remedies: readonly { tier: Tier }[]): void {
  const key = remedies.length === 0 ? 'register.no-remedy' : remedies.every((r) => r.tier === 'recover') ? 'register.recovery-only' : null;
  if (!key) return;
  const { s } = f;
  const text = c.t(key);
  const lines = s.wrap(text, f.width - 30 - 16, TYPE.small, true);
  const height = lines.length * TYPE.small * 1.35 + 6;
  f.ensure(height + 4);
  s.fill(key === 'register.no-remedy' ? WASH : RECOVERY_WASH);
  s.doc.roundedRect(f.left + 30, f.y, f.width - 30, height, 2, 2, 'F');
  lines.forEach((line, i) => s.text(line, f.left + 38, f.y + 3 + TYPE.small + i * TYPE.small * 1.35, { size: TYPE.small, bold: true, color: key === 'register.no-remedy' ? MUTED : TIER_COLOR.recover }));
  f.y += height + 4;
}
