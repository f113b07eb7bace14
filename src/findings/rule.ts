/** What a journey-linter rule is: a stable id, a fixed severity, a check, and how its message is filled in. */
import type { MapAnalysis } from '../analysis';
import type { MapIndex } from '../analysis/map-index';
import { joinList, unquoted, type Locale, type Params } from '../i18n';

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
  const bare = unquoted(text);
  return locale === 'zh-CN' ? `“${bare}”` : `"${bare}"`;
}

export function stageName(index: MapIndex, stageId: string): string {
  return index.map.stages[index.stageIndex.get(stageId) ?? -1]?.name ?? stageId;
}

/** Enough names to find them on the canvas without turning a grouped message into a wall. */
export const SHOWN = 5;

/** Quoted items joined as the language joins them; past SHOWN, "and N more". */
export function shortList(items: readonly string[], locale: Locale): string {
  const more = items.length - SHOWN;
  // With more to come the shown items are a plain list: "A, B, C and 3 more", not "A, B and C and 3 more".
  const list = joinList(items.slice(0, SHOWN), locale, more > 0 ? 'enumeration' : 'sentence');
  if (more <= 0) return list;
  return locale === 'zh-CN' ? `${list}等（另有 ${more} 个）` : `${list} and ${more} more`;
}

/** Titles of the touchpoints or pain points named by ids, quoted and shortened. */
export function titleList(ids: readonly string[], index: MapIndex, locale: Locale): string {
  const title = (id: string) => index.touchpointById.get(id)?.title ?? index.painById.get(id)?.painPoint.title ?? id;
  return shortList(
    ids.map((id) => quote(title(id), locale)),
    locale,
  );
}

const round1 = (n: number): string => String(Math.round(n * 10) / 10);

/** A number as a report prints it: at most one decimal, a real minus sign. */
export function formatNumber(n: number): string {
  const s = round1(n);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}
