/**
 * What changed between two versions of a map, in the terms a service designer uses. Items are matched
 * by id, so a renamed stage is a rename and a touchpoint dragged to another stage is a move, never a
 * removal plus an addition.
 */
import { analyzeMap, type MapAnalysis } from '../analysis';
import { checkMap, type Finding } from '../findings';
import { BASELINE_LEVEL, LEVELS, type Lane, type Level, type MapDocument, type PainPoint, type Remedy, type Severity, type Stage, type Tier, type Touchpoint } from '../model';

/** The measures of a touchpoint whose movement a team follows (emotion included: it feeds the stage score). */
export const TRACKED_METRICS = ['waitMinutes', 'durationMinutes', 'csat', 'nps', 'complaints', 'emotion'] as const;
export type TrackedMetric = (typeof TRACKED_METRICS)[number];

/** Touchpoint fields that change no score but are still a change someone made. */
export const OTHER_TOUCHPOINT_FIELDS = ['description', 'channel', 'evidence', 'failPoint', 'waitPoint'] as const;
export const OTHER_PAIN_FIELDS = ['category', 'causedBy', 'note', 'votes'] as const;

/** Where a level change leaves the touchpoint in the seed's terms: under the baseline, or a moment that builds loyalty. */
export type LevelVerdict = 'fell-below-baseline' | 'back-to-baseline' | 'became-loyalty-moment' | 'lost-loyalty-moment' | null;

export type Change =
  | { kind: 'title-changed'; from: string; to: string }
  | { kind: 'stage-added'; id: string; name: string }
  | { kind: 'stage-removed'; id: string; name: string }
  | { kind: 'stage-renamed'; id: string; from: string; to: string }
  | { kind: 'stage-moved'; id: string; name: string; from: number; to: number }
  | { kind: 'lane-added'; id: string; name: string }
  | { kind: 'lane-removed'; id: string; name: string }
  | { kind: 'lane-renamed'; id: string; from: string; to: string }
  | { kind: 'lane-moved'; id: string; name: string; from: number; to: number }
  | { kind: 'lane-kind-changed'; id: string; name: string; from: Lane['kind']; to: Lane['kind'] }
  | { kind: 'touchpoint-added'; id: string; title: string; stage: string; lane: string; level: Level | undefined }
  | { kind: 'touchpoint-removed'; id: string; title: string; stage: string }
  | { kind: 'touchpoint-moved'; id: string; title: string; fromStage: string; toStage: string; fromLane: string; toLane: string }
  | { kind: 'touchpoint-retitled'; id: string; from: string; to: string }
  | { kind: 'level-changed'; id: string; title: string; from: Level | undefined; to: Level | undefined; verdict: LevelVerdict }
  | { kind: 'metric-changed'; id: string; title: string; metric: TrackedMetric; from: number | undefined; to: number | undefined }
  | { kind: 'touchpoint-edited'; id: string; title: string; fields: string[] }
  | { kind: 'pain-added'; id: string; title: string; severity: Severity; touchpointId: string; touchpoint: string }
  | { kind: 'pain-resolved'; id: string; title: string; severity: Severity; touchpointId: string; touchpoint: string }
  | { kind: 'pain-severity-changed'; id: string; title: string; from: Severity; to: Severity }
  | { kind: 'pain-retitled'; id: string; from: string; to: string }
  | { kind: 'pain-moved'; id: string; title: string; fromTouchpoint: string; toTouchpoint: string }
  | { kind: 'pain-edited'; id: string; title: string; fields: string[] }
  | { kind: 'remedy-added'; painId: string; pain: string; tier: Tier; text: string }
  | { kind: 'remedy-removed'; painId: string; pain: string; tier: Tier; text: string }
  | { kind: 'links-changed'; added: string[]; removed: string[]; changed: string[] }
  | { kind: 'personas-changed'; added: string[]; removed: string[]; changed: string[] }
  | { kind: 'stage-score'; id: string; name: string; from: number | null; to: number | null }
  | { kind: 'finding-appeared'; finding: Finding }
  | { kind: 'finding-cleared'; finding: Finding };

export type ChangeKind = Change['kind'];

export interface MapDiff {
  changes: Change[];
  /** The changes that make the journey worse: the ones a CI job may fail on. */
  regressions: Change[];
}

const isLoyalty = (level: Level | undefined) => level === 'value-added' || level === 'memorable';
const isBelowBaseline = (level: Level | undefined) => level !== undefined && LEVELS.indexOf(level) < LEVELS.indexOf(BASELINE_LEVEL);

export function levelVerdict(from: Level | undefined, to: Level | undefined): LevelVerdict {
  if (isBelowBaseline(to) && !isBelowBaseline(from)) return 'fell-below-baseline';
  if (isLoyalty(to) && !isLoyalty(from)) return 'became-loyalty-moment';
  if (isBelowBaseline(from) && !isBelowBaseline(to) && to !== undefined) return 'back-to-baseline';
  if (isLoyalty(from) && !isLoyalty(to)) return 'lost-loyalty-moment';
  return null;
}

/** A stage score may be null ("no data to judge"); only a fall between two known scores is a regression. */
type Score = number | null;

export function isRegression(change: Change): boolean {
  switch (change.kind) {
    case 'stage-score':
      return change.from !== null && change.to !== null && change.to < change.from;
    case 'pain-added':
      return change.severity === 'critical';
    case 'pain-severity-changed':
      return change.to === 'critical';
    case 'touchpoint-added':
      return isBelowBaseline(change.level);
    case 'level-changed':
      return change.verdict === 'fell-below-baseline';
    case 'finding-appeared':
      return change.finding.severity === 'error';
    default:
      return false;
  }
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Structural equality of JSON values; the map is plain JSON, so this is enough. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Reordering is reported for items whose place among the items both versions share changed, so adding
 * a stage at the front does not report every later stage as moved. Items are named by their position
 * in the new version.
 */
function reordered<T extends { id: string }>(before: readonly T[], after: readonly T[]): { item: T; from: number; to: number }[] {
  const afterIds = new Set(after.map((x) => x.id));
  const beforeIds = new Set(before.map((x) => x.id));
  const keptBefore = before.filter((x) => afterIds.has(x.id)).map((x) => x.id);
  const keptAfter = after.filter((x) => beforeIds.has(x.id));
  const fromIndex = new Map(before.map((x, i) => [x.id, i]));
  const toIndex = new Map(after.map((x, i) => [x.id, i]));
  const kept = new Set(longestCommonSubsequence(keptBefore, keptAfter.map((x) => x.id)));
  return keptAfter.filter((x) => !kept.has(x.id)).map((item) => ({ item, from: fromIndex.get(item.id)!, to: toIndex.get(item.id)! }));
}

/** The ids that stay in order: the others are the ones a person moved. O(n log n) patience sort. */
function longestCommonSubsequence(before: readonly string[], after: readonly string[]): string[] {
  const rank = new Map(before.map((id, i) => [id, i]));
  const seq = after.map((id) => rank.get(id)!);
  const tails: number[] = [];
  const tailAt: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  seq.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailAt[lo] = i;
    prev[i] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const out: string[] = [];
  for (let i = tails.length > 0 ? tailAt[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.push(after[i]!);
  return out.reverse();
}

function diffColumns(kind: 'stage' | 'lane', before: readonly (Stage | Lane)[], after: readonly (Stage | Lane)[], out: Change[]): void {
  const old = byId(before);
  const now = byId(after);
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) out.push({ kind: `${kind}-added`, id: item.id, name: item.name });
    else if (was.name !== item.name) out.push({ kind: `${kind}-renamed`, id: item.id, from: was.name, to: item.name });
  }
  for (const item of before) if (!now.has(item.id)) out.push({ kind: `${kind}-removed`, id: item.id, name: item.name });
  for (const { item, from, to } of reordered(before, after)) out.push({ kind: `${kind}-moved`, id: item.id, name: item.name, from, to });
  if (kind === 'lane') {
    for (const lane of after as readonly Lane[]) {
      const was = old.get(lane.id) as Lane | undefined;
      if (was && was.kind !== lane.kind) out.push({ kind: 'lane-kind-changed', id: lane.id, name: lane.name, from: was.kind, to: lane.kind });
    }
  }
}

function metricValue(tp: Touchpoint, metric: TrackedMetric): number | undefined {
  return metric === 'emotion' ? tp.emotion : tp.metrics?.[metric];
}

function remedyKey(r: Remedy): string {
  return `${r.tier}\u0000${r.text}`;
}

function diffPain(was: PainPoint, pain: PainPoint, wasOn: Touchpoint, nowOn: Touchpoint, out: Change[]): void {
  if (was.title !== pain.title) out.push({ kind: 'pain-retitled', id: pain.id, from: was.title, to: pain.title });
  if (was.severity !== pain.severity) out.push({ kind: 'pain-severity-changed', id: pain.id, title: pain.title, from: was.severity, to: pain.severity });
  if (wasOn.id !== nowOn.id) out.push({ kind: 'pain-moved', id: pain.id, title: pain.title, fromTouchpoint: wasOn.title, toTouchpoint: nowOn.title });
  const fields = OTHER_PAIN_FIELDS.filter((f) => !sameValue(was[f], pain[f]));
  if (fields.length > 0) out.push({ kind: 'pain-edited', id: pain.id, title: pain.title, fields: [...fields] });
  const before = (was.remedies ?? []).map(remedyKey);
  const after = (pain.remedies ?? []).map(remedyKey);
  const remaining = [...before];
  for (const [i, key] of after.entries()) {
    const at = remaining.indexOf(key);
    if (at >= 0) remaining.splice(at, 1);
    else out.push({ kind: 'remedy-added', painId: pain.id, pain: pain.title, ...pick(pain.remedies![i]!) });
  }
  const added = [...after];
  for (const [i, key] of before.entries()) {
    const at = added.indexOf(key);
    if (at >= 0) added.splice(at, 1);
    else out.push({ kind: 'remedy-removed', painId: pain.id, pain: pain.title, ...pick(was.remedies![i]!) });
  }
}

const pick = (r: Remedy) => ({ tier: r.tier, text: r.text });

function diffTouchpoints(before: MapDocument, after: MapDocument, out: Change[]): void {
  const old = byId(before.touchpoints);
  const oldPains = new Map<string, { pain: PainPoint; on: Touchpoint }>();
  for (const tp of before.touchpoints) for (const pain of tp.painPoints ?? []) oldPains.set(pain.id, { pain, on: tp });
  const newPainIds = new Set<string>();
  const stageName = (map: MapDocument, id: string) => map.stages.find((s) => s.id === id)?.name ?? id;

  for (const tp of after.touchpoints) {
    const was = old.get(tp.id);
    if (!was) {
      out.push({ kind: 'touchpoint-added', id: tp.id, title: tp.title, stage: tp.stage, lane: tp.lane, level: tp.level });
    } else {
      if (was.title !== tp.title) out.push({ kind: 'touchpoint-retitled', id: tp.id, from: was.title, to: tp.title });
      if (was.stage !== tp.stage || was.lane !== tp.lane) {
        out.push({ kind: 'touchpoint-moved', id: tp.id, title: tp.title, fromStage: was.stage, toStage: tp.stage, fromLane: was.lane, toLane: tp.lane });
      }
      if (was.level !== tp.level) out.push({ kind: 'level-changed', id: tp.id, title: tp.title, from: was.level, to: tp.level, verdict: levelVerdict(was.level, tp.level) });
      for (const metric of TRACKED_METRICS) {
        const from = metricValue(was, metric);
        const to = metricValue(tp, metric);
        if (from !== to) out.push({ kind: 'metric-changed', id: tp.id, title: tp.title, metric, from, to });
      }
      const fields = OTHER_TOUCHPOINT_FIELDS.filter((f) => !sameValue(was[f], tp[f]));
      if (fields.length > 0) out.push({ kind: 'touchpoint-edited', id: tp.id, title: tp.title, fields: [...fields] });
    }
    for (const pain of tp.painPoints ?? []) {
      newPainIds.add(pain.id);
      const prior = oldPains.get(pain.id);
      if (!prior) out.push({ kind: 'pain-added', id: pain.id, title: pain.title, severity: pain.severity, touchpointId: tp.id, touchpoint: tp.title });
      else diffPain(prior.pain, pain, prior.on, tp, out);
    }
  }
  for (const tp of before.touchpoints) {
    for (const pain of tp.painPoints ?? []) {
      if (!newPainIds.has(pain.id)) out.push({ kind: 'pain-resolved', id: pain.id, title: pain.title, severity: pain.severity, touchpointId: tp.id, touchpoint: tp.title });
    }
  }
  const now = byId(after.touchpoints);
  for (const tp of before.touchpoints) if (!now.has(tp.id)) out.push({ kind: 'touchpoint-removed', id: tp.id, title: tp.title, stage: stageName(before, tp.stage) });
}

function diffSets<T extends { id: string }>(before: readonly T[] = [], after: readonly T[] = []): { added: string[]; removed: string[]; changed: string[] } {
  const old = byId(before);
  const now = byId(after);
  return {
    added: after.filter((x) => !old.has(x.id)).map((x) => x.id),
    removed: before.filter((x) => !now.has(x.id)).map((x) => x.id),
    changed: after.filter((x) => old.has(x.id) && !sameValue(old.get(x.id), x)).map((x) => x.id),
  };
}

const findingKey = (f: Finding) => `${f.rule}\u0000${f.ids.join('\u0000')}`;

function diffFindings(before: readonly Finding[], after: readonly Finding[], out: Change[]): void {
  const old = new Set(before.map(findingKey));
  const now = new Set(after.map(findingKey));
  for (const finding of after) if (!old.has(findingKey(finding))) out.push({ kind: 'finding-appeared', finding });
  for (const finding of before) if (!now.has(findingKey(finding))) out.push({ kind: 'finding-cleared', finding });
}

function diffScores(before: MapAnalysis, after: MapAnalysis, out: Change[]): void {
  const old = new Map(before.stages.map((s) => [s.stageId, s.score as Score]));
  for (const stage of after.stages) {
    if (!old.has(stage.stageId)) continue;
    const from = old.get(stage.stageId)!;
    const to: Score = stage.score;
    if (from !== to) out.push({ kind: 'stage-score', id: stage.stageId, name: stage.name, from, to });
  }
}

export interface DiffInputs {
  analysis?: { before: MapAnalysis; after: MapAnalysis };
}

/** Every change from `before` to `after`, structure first, then touchpoints, scores and findings. */
export function diffMaps(before: MapDocument, after: MapDocument, inputs: DiffInputs = {}): MapDiff {
  const changes: Change[] = [];
  if (before.title !== after.title) changes.push({ kind: 'title-changed', from: before.title, to: after.title });
  diffColumns('stage', before.stages, after.stages, changes);
  diffColumns('lane', before.lanes, after.lanes, changes);
  diffTouchpoints(before, after, changes);
  const links = diffSets(before.links, after.links);
  if (links.added.length + links.removed.length + links.changed.length > 0) changes.push({ kind: 'links-changed', ...links });
  const personas = diffSets(before.personas, after.personas);
  if (personas.added.length + personas.removed.length + personas.changed.length > 0) changes.push({ kind: 'personas-changed', ...personas });
  const analysisBefore = inputs.analysis?.before ?? analyzeMap(before);
  const analysisAfter = inputs.analysis?.after ?? analyzeMap(after);
  diffScores(analysisBefore, analysisAfter, changes);
  diffFindings(checkMap(before, analysisBefore), checkMap(after, analysisAfter), changes);
  return { changes, regressions: changes.filter(isRegression) };
}
