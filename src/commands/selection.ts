/**
 * Pure questions the canvas asks about the document: which touchpoints a filter matches (what is
 * filtered out dims rather than vanishes), and what a delete would take with it (so the UI can ask first).
 */
import { BASELINE_LEVEL, LEVELS, type Evidence, type Level, type MapDocument, type Severity, type Touchpoint } from '../model';

export interface TouchpointFilter {
  /** Words to find in the title, description or pain-point titles; every word must appear (any case, any width). */
  text?: string;
  /** Only touchpoints that have at least one pain point. */
  painPointsOnly?: boolean;
  /** Only touchpoints tagged below the baseline ("satisfactory"). */
  belowBaseline?: boolean;
  /** Any of these levels; 'untagged' matches touchpoints without one. */
  levels?: readonly (Level | 'untagged')[];
  /** Any of these evidence states; 'unknown' matches touchpoints without one. */
  evidence?: readonly (Evidence | 'unknown')[];
  /** Only touchpoints with a pain point of one of these severities. */
  severities?: readonly Severity[];
}

/** Case- and width-insensitive form, so full-width "ＷｉＦｉ" typed with a Chinese IME finds "wifi". */
export function normalizeSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

function searchTerms(text: string | undefined): string[] {
  if (text === undefined) return [];
  const normalized = normalizeSearch(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** True when the filter would hide anything at all. */
export function isFilterActive(filter: TouchpointFilter): boolean {
  return (
    searchTerms(filter.text).length > 0 ||
    filter.painPointsOnly === true ||
    filter.belowBaseline === true ||
    filter.levels !== undefined ||
    filter.evidence !== undefined ||
    filter.severities !== undefined
  );
}

const BASELINE_INDEX = LEVELS.indexOf(BASELINE_LEVEL);

export function matchesFilter(tp: Touchpoint, filter: TouchpointFilter): boolean {
  const pains = tp.painPoints ?? [];
  if (filter.painPointsOnly && pains.length === 0) return false;
  if (filter.belowBaseline && (tp.level === undefined || LEVELS.indexOf(tp.level) >= BASELINE_INDEX)) return false;
  if (filter.levels && !filter.levels.includes(tp.level ?? 'untagged')) return false;
  if (filter.evidence && !filter.evidence.includes(tp.evidence ?? 'unknown')) return false;
  if (filter.severities && !pains.some((p) => filter.severities!.includes(p.severity))) return false;
  const terms = searchTerms(filter.text);
  if (terms.length === 0) return true;
  const haystack = normalizeSearch([tp.title, tp.description ?? '', ...pains.map((p) => p.title)].join('\n'));
  return terms.every((term) => haystack.includes(term));
}

/** Ids of the touchpoints that match, in document order. */
export function matchingTouchpoints(map: MapDocument, filter: TouchpointFilter): string[] {
  return map.touchpoints.filter((tp) => matchesFilter(tp, filter)).map((tp) => tp.id);
}

export interface DeletionImpact {
  touchpoints: number;
  painPoints: number;
  /** Links removed because one of their ends goes. */
  links: number;
  /** Pain points elsewhere that lose the cause they named. */
  causesCleared: number;
}

export type DeletionTarget = { stage: string } | { lane: string } | { touchpointIds: readonly string[] };

/** What deleting a stage, a lane or a set of touchpoints would also remove: enough to word the confirmation. */
export function deletionImpact(map: MapDocument, target: DeletionTarget): DeletionImpact {
  const doomed = map.touchpoints.filter((t) =>
    'stage' in target ? t.stage === target.stage : 'lane' in target ? t.lane === target.lane : target.touchpointIds.includes(t.id),
  );
  const ids = new Set(doomed.map((t) => t.id));
  return {
    touchpoints: doomed.length,
    painPoints: doomed.reduce((n, t) => n + (t.painPoints?.length ?? 0), 0),
    links: (map.links ?? []).filter((k) => ids.has(k.from) || ids.has(k.to)).length,
    causesCleared: map.touchpoints
      .filter((t) => !ids.has(t.id))
      .reduce((n, t) => n + (t.painPoints ?? []).filter((p) => p.causedBy !== undefined && ids.has(p.causedBy)).length, 0),
  };
}

/** Touchpoints in one cell, in document order (the order cards stack in). */
export function touchpointsInCell(map: MapDocument, stage: string, lane: string): Touchpoint[] {
  return map.touchpoints.filter((t) => t.stage === stage && t.lane === lane);
}
