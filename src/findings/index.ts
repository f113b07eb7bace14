/** The journey linter: stable rule ids, fixed severities, messages in en and zh-CN naming the map's own titles. */
import { analyzeMap, type MapAnalysis } from '../analysis';
import { indexMap } from '../analysis/map-index';
import { translate, type Locale } from '../i18n';
import { findingMessages } from '../i18n/findings';
import type { MapDocument } from '../model';
import { RULES } from './registry';
import { FINDING_SEVERITIES, type Finding, type FindingSeverity, type Rule } from './rule';

export type { Finding, FindingSeverity, Rule };
export { RULES, FINDING_SEVERITIES };

export type RuleId =
  | 'hundred-minus-one'
  | 'long-wait'
  | 'negative-nps'
  | 'low-csat'
  | 'hidden-cause'
  | 'no-team-remedy'
  | 'recovery-only'
  | 'pain-without-cause'
  | 'all-basic-stage'
  | 'below-baseline'
  | 'loyalty-contradicted'
  | 'no-loyalty-moment'
  | 'no-voice-of-customer'
  | 'unowned-wait'
  | 'low-nps'
  | 'unrated-stage'
  | 'untagged'
  | 'fail-point-without-pain'
  | 'unexplained-emotion-drop'
  | (string & {});

/** Findings ordered by severity (error, warning, info), then by rule (registry order), then document order. */
export function checkMap(map: MapDocument, analysis?: MapAnalysis): Finding[] {
  const steps = checkMapInSteps(map, analysis);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const bySeverity = (rule: Rule) => FINDING_SEVERITIES.indexOf(rule.severity);
/** The rules in the order their findings are listed. */
const ORDERED_RULES = RULES.map((rule, order) => ({ rule, order }))
  .sort((a, b) => bySeverity(a.rule) - bySeverity(b.rule) || a.order - b.order)
  .map(({ rule }) => rule);

/**
 * checkMap one part at a time: each `next()` does one step (the analysis, the index, one rule) and the
 * last returns the findings, the same as checkMap's. A user interface runs the steps in idle time, so a
 * large map's check (tens of ms) is never one long task.
 */
export function* checkMapInSteps(map: MapDocument, analysis?: MapAnalysis): Generator<void, Finding[], void> {
  if (!analysis) {
    analysis = analyzeMap(map);
    yield;
  }
  const ctx = { index: indexMap(map), analysis };
  yield;
  const findings: Finding[] = [];
  for (const rule of ORDERED_RULES) {
    for (const raw of rule.check(ctx)) findings.push({ rule: rule.id, severity: rule.severity, ...raw });
    yield;
  }
  return findings;
}

type MessageKey = keyof (typeof findingMessages)['en'];
const isMessageKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(findingMessages.en, key);

/** One sentence in the requested language, naming the touchpoints and stages by their titles. */
export function formatFinding(finding: Finding, map: MapDocument, locale: Locale): string {
  const rule = RULES.find((r) => r.id === finding.rule);
  if (!rule || !isMessageKey(finding.rule)) return `${finding.rule}: ${finding.ids.join(', ')}`;
  const local = rule.localParams?.(finding, indexMap(map), locale) ?? {};
  return translate(findingMessages, locale, finding.rule, { ...finding.params, ...local });
}

/**
 * The stages a finding concerns, in stage order: the stages it names, and those of the touchpoints and
 * pain points it names (so the report can list findings stage by stage). Map-wide findings give [].
 */
export function findingStageIds(finding: Finding, map: MapDocument): string[] {
  const index = indexMap(map);
  const stages = new Set<string>();
  for (const id of finding.ids) {
    if (index.stageIndex.has(id)) stages.add(id);
    const tp = index.touchpointById.get(id) ?? index.painById.get(id)?.touchpoint;
    if (tp) stages.add(tp.stage);
  }
  return [...stages].sort((a, b) => (index.stageIndex.get(a) ?? 0) - (index.stageIndex.get(b) ?? 0));
}

/**
 * The touchpoints a finding is about, to select and centre on the canvas: those it names and those
 * carrying the pain points it names, in the order named; when it names only stages (an emotion
 * drop), the touchpoints of those stages.
 */
export function findingTouchpointIds(finding: Finding, map: MapDocument): string[] {
  const index = indexMap(map);
  const targets = new Set<string>();
  for (const id of finding.ids) {
    if (index.touchpointById.has(id)) targets.add(id);
    const owner = index.painById.get(id)?.touchpoint;
    if (owner) targets.add(owner.id);
  }
  if (targets.size > 0) return [...targets];
  const stages = new Set(finding.ids.filter((id) => index.stageIndex.has(id)));
  return map.touchpoints.filter((t) => stages.has(t.stage)).map((t) => t.id);
}

export function severityLabel(severity: FindingSeverity, locale: Locale): string {
  return translate(findingMessages, locale, `severity.${severity}`);
}
