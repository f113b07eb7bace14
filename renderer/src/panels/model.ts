/**
 * Pure helpers behind the panels: reading a metric typed by a person, the cause choices of a pain
 * point, what a finding points at, the parts of a selection, and filter toggles. No React here, so
 * they are unit-tested directly (test/renderer/panels).
 */
import type { TouchpointFilter } from '../../../src/commands';
import { FINDING_SEVERITIES, findingTouchpointIds, type Finding, type FindingSeverity } from '../../../src/findings';
import { metricsSchema, type Link, type MapDocument, type Metrics, type Touchpoint } from '../../../src/model';

export type MetricKey = keyof Metrics;
export const METRIC_KEYS: readonly MetricKey[] = ['waitMinutes', 'durationMinutes', 'csat', 'nps', 'complaints'];

export interface MetricBounds {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** The limits the file format puts on each metric, read from the schema so they cannot drift. */
export function metricBounds(key: MetricKey): MetricBounds {
  const number = metricsSchema.shape[key].unwrap();
  return { min: number.minValue ?? -Infinity, max: number.maxValue ?? Infinity, integer: number.isInt };
}

export type MetricInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'error'; readonly error: 'number' | 'integer' | 'range'; readonly min: number; readonly max: number };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * What a person typed into a metric field: nothing (clears the metric), a value within the format's
 * limits, or the reason it is refused. Full-width digits from a Chinese IME, a typographic minus and
 * a decimal comma are read as the ASCII a person meant.
 */
export function parseMetric(input: string, key: MetricKey): MetricInput {
  const text = input.normalize('NFKC').replace(/[\u2212\u2012\u2013]/g, '-').replace(/\s+/g, '').replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
  if (text === '') return { kind: 'empty' };
  const { min, max, integer } = metricBounds(key);
  if (!NUMBER.test(text)) return { kind: 'error', error: 'number', min, max };
  const value = Number(text);
  if (!Number.isFinite(value)) return { kind: 'error', error: 'number', min, max };
  if (integer && !Number.isInteger(value)) return { kind: 'error', error: 'integer', min, max };
  if (value < min || value > max) return { kind: 'error', error: 'range', min, max };
  return { kind: 'value', value: Object.is(value, -0) ? 0 : value };
}

/** How a stored metric reads in its field. */
export function formatMetric(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** The touchpoint's metrics with one changed (undefined clears it); the command drops an empty set. */
export function withMetric(metrics: Metrics | undefined, key: MetricKey, value: number | undefined): Metrics {
  return { ...metrics, [key]: value };
}

export interface CauseOption {
  readonly id: string;
  readonly title: string;
  readonly stage: string;
  readonly lane: string;
  /** "stage · lane · title", for search and for one-line mentions. */
  readonly label: string;
  /** Joined to the touchpoint by a link: the likely causes, offered first. */
  readonly linked: boolean;
}

const BEHIND_THE_SCENES = new Set(['backstage', 'support']);

/**
 * The touchpoints a pain point on `selfId` may name as its cause: every other touchpoint, plus the
 * current cause even if it is the touchpoint itself. Touchpoints linked to it come first, backstage
 * and support steps ahead of the rest (a pain felt frontstage is most often caused behind the line of
 * visibility); then all the others in grid order (stage, then lane, then document order).
 */
export function causeOptions(map: MapDocument, selfId: string, current?: string): CauseOption[] {
  const stageOrder = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneOrder = new Map(map.lanes.map((l, i) => [l.id, i]));
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  const lane = new Map(map.lanes.map((l) => [l.id, l]));
  const linked = new Set<string>();
  for (const link of map.links ?? []) {
    if (link.to === selfId) linked.add(link.from);
    if (link.from === selfId) linked.add(link.to);
  }
  const behind = (tp: { lane: string }) => (BEHIND_THE_SCENES.has(lane.get(tp.lane)?.kind ?? '') ? 0 : 1);
  return map.touchpoints
    .map((tp, order) => ({ tp, order }))
    .filter(({ tp }) => tp.id !== selfId || tp.id === current)
    .sort(
      (a, b) =>
        Number(!linked.has(a.tp.id)) - Number(!linked.has(b.tp.id)) ||
        (linked.has(a.tp.id) ? behind(a.tp) - behind(b.tp) : 0) ||
        (stageOrder.get(a.tp.stage) ?? 0) - (stageOrder.get(b.tp.stage) ?? 0) ||
        (laneOrder.get(a.tp.lane) ?? 0) - (laneOrder.get(b.tp.lane) ?? 0) ||
        a.order - b.order,
    )
    .map(({ tp }) => {
      const stage = stageName.get(tp.stage) ?? tp.stage;
      const laneName = lane.get(tp.lane)?.name ?? tp.lane;
      return { id: tp.id, title: tp.title, stage, lane: laneName, label: `${stage} · ${laneName} · ${tp.title}`, linked: linked.has(tp.id) };
    });
}

/** The touchpoints a finding is about (the rule lives with the findings, in src/findings). */
export const findingTargets = findingTouchpointIds;

export interface FindingGroup {
  readonly severity: FindingSeverity;
  readonly findings: readonly Finding[];
}

/** Findings by severity, most severe first; empty groups are left out; order within a group is kept. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return FINDING_SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  );
}

export interface SelectionParts {
  readonly touchpoints: readonly Touchpoint[];
  readonly links: readonly Link[];
}

/** The selected touchpoints and links that still exist, in document order (ids of deleted elements are ignored). */
export function selectionParts(map: MapDocument, selection: ReadonlySet<string>): SelectionParts {
  if (selection.size === 0) return { touchpoints: [], links: [] };
  return {
    touchpoints: map.touchpoints.filter((t) => selection.has(t.id)),
    links: (map.links ?? []).filter((k) => selection.has(k.id)),
  };
}

/** Adds or removes one value of a multi-select filter; an empty choice means "no filter" (undefined). */
export function toggleChoice<T>(list: readonly T[] | undefined, value: T): readonly T[] | undefined {
  const current = list ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next.length === 0 ? undefined : next;
}

/** The filter with one field replaced; undefined, false and empty values are dropped so isFilterActive stays exact. */
export function withFilter<K extends keyof TouchpointFilter>(filter: TouchpointFilter, key: K, value: TouchpointFilter[K]): TouchpointFilter {
  const next: Record<string, unknown> = { ...filter, [key]: value };
  if (value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  return next as TouchpointFilter;
}

/** Emotion as people write it: "+2", "0", "−3" (a real minus sign). */
export function formatEmotion(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0';
}
