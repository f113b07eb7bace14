/** What a journey-linter rule is: a stable id, a fixed severity, a check, and how its message is filled in. */
import type { MapAnalysis } from '../analysis';
import type { MapIndex } from '../analysis/map-index';
import type { Locale, Params } from '../i18n';

export type FindingSeverity = 'error' | 'warning' | 'info';
export const FINDING_SEVERITIES: readonly FindingSeverity[] = ['error', 'warning', 'info'];

export interface Finding {
  rule: string;
  severity: FindingSeverity;
  /** The elements the finding concerns, most specific first (the touchpoint or stage, then the pain points). */
  ids: string[];
  /** Language-neutral values for the message: titles as written in the map, numbers. */
  params: Record<string, string | number>;
}

export interface RuleContext {
  index: MapIndex;
  analysis: MapAnalysis;
}

export type RawFinding = Pick<Finding, 'ids' | 'params'>;

export interface Rule {
  readonly id: string;
  readonly severity: FindingSeverity;
  /** Findings in document order. */
  check(ctx: RuleContext): RawFinding[];
  /** Extra message parameters that depend on the language (joined lists, translated labels). */
  localParams?(finding: Finding, index: MapIndex, locale: Locale): Params;
}

/** The name people know a touchpoint by, quoted the way each language quotes. */
export function quote(text: string, locale: Locale): string {
  return locale === 'zh-CN' ? `“${text}”` : `"${text}"`;
}

export function stageName(index: MapIndex, stageId: string): string {
  return index.map.stages[index.stageIndex.get(stageId) ?? -1]?.name ?? stageId;
}
