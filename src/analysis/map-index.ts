/**
 * Lookups shared by the analysis, the findings and the suggestions: built once per map document so
 * every rule resolves stages, lanes and causes in O(1) and walks things in document order. Documents
 * are never mutated (every edit produces a new one through immer), so the document object itself is
 * the memo key: a new revision is a new object and gets a new index.
 */
import { HIDDEN_LANE_KINDS, VISIBLE_LANE_KINDS, type LaneKind, type MapDocument, type PainPoint, type Touchpoint } from '../model';

export interface PainEntry {
  painPoint: PainPoint;
  touchpoint: Touchpoint;
  /** Position of the pain point in document order (touchpoints first, then their pain points). */
  order: number;
}

export interface MapIndex {
  map: MapDocument;
  stageIndex: Map<string, number>;
  touchpointById: Map<string, Touchpoint>;
  touchpointsByStage: Map<string, Touchpoint[]>;
  laneKind(touchpoint: Touchpoint): LaneKind | undefined;
  /** Touchpoints the customer goes on to directly, along flow links (support links excluded). */
  flowSuccessors: Map<string, string[]>;
  pains: PainEntry[];
  painById: Map<string, PainEntry>;
}

const indexes = new WeakMap<MapDocument, MapIndex>();
let indexBuilds = 0;

/** How many indexes have been built since the program started: lets tests prove the memo holds. */
export const mapIndexBuildCount = (): number => indexBuilds;

export function indexMap(map: MapDocument): MapIndex {
  let index = indexes.get(map);
  if (index === undefined) {
    index = buildIndex(map);
    indexes.set(map, index);
    indexBuilds += 1;
  }
  return index;
}

function buildIndex(map: MapDocument): MapIndex {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneKinds = new Map(map.lanes.map((l) => [l.id, l.kind]));
  const touchpointById = new Map<string, Touchpoint>();
  const touchpointsByStage = new Map<string, Touchpoint[]>(map.stages.map((s) => [s.id, []]));
  const pains: PainEntry[] = [];
  const painById = new Map<string, PainEntry>();
  for (const tp of map.touchpoints) {
    touchpointById.set(tp.id, tp);
    touchpointsByStage.get(tp.stage)?.push(tp);
    for (const painPoint of tp.painPoints ?? []) {
      const entry = { painPoint, touchpoint: tp, order: pains.length };
      pains.push(entry);
      painById.set(painPoint.id, entry);
    }
  }
  const flowSuccessors = new Map<string, string[]>();
  for (const link of map.links ?? []) {
    if (link.kind === 'support' || !touchpointById.has(link.to)) continue;
    const next = flowSuccessors.get(link.from);
    if (next) next.push(link.to);
    else flowSuccessors.set(link.from, [link.to]);
  }
  return {
    map,
    stageIndex,
    touchpointById,
    touchpointsByStage,
    laneKind: (tp) => laneKinds.get(tp.lane),
    flowSuccessors,
    pains,
    painById,
  };
}

export const isHiddenKind = (kind: LaneKind | undefined): boolean => kind !== undefined && HIDDEN_LANE_KINDS.includes(kind);
export const isVisibleKind = (kind: LaneKind | undefined): boolean => kind !== undefined && VISIBLE_LANE_KINDS.includes(kind);

/**
 * Whether the four service levels describe this step: the steps the customer meets (evidence,
 * customer, frontstage, and lanes of custom or unknown kind). Backstage and support steps serve
 * internal customers, and note lanes are not steps at all.
 */
export function levelApplies(index: MapIndex, tp: Touchpoint): boolean {
  const kind = index.laneKind(tp);
  return kind === undefined || kind === 'custom' || isVisibleKind(kind);
}

/**
 * Whether a touchpoint counts in the level distribution: a step the levels apply to, or any step
 * someone tagged with a level anyway.
 */
export function isRated(index: MapIndex, tp: Touchpoint): boolean {
  return tp.level !== undefined || levelApplies(index, tp);
}

/**
 * Whether a touchpoint's level is service the customer meets: rated, and not below the line of
 * visibility. A backstage or support step serves internal customers, so its level is never a gap the
 * customer feels; a note someone chose to tag is taken at its word.
 */
export function servesCustomer(index: MapIndex, tp: Touchpoint): boolean {
  return isRated(index, tp) && !isHiddenKind(index.laneKind(tp));
}
