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
export function checkMap(map: MapDocument, analysis: MapAnalysis = analyzeMap(map)): Finding[] {
  const ctx = { index: indexMap(map), analysis };
  const bySeverity = (rule: Rule) => FINDING_SEVERITIES.indexOf(rule.severity);
  const rules = RULES.map((rule, order) => ({ rule, order })).sort((a, b) => bySeverity(a.rule) - bySeverity(b.rule) || a.order - b.order);
  return rules.flatMap(({ rule }) => rule.check(ctx).map((raw) => ({ rule: rule.id, severity: rule.severity, ...raw })));
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
