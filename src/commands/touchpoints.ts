/** Creating, editing, moving and deleting touchpoints (and, with them, any selected links). */
import { touchpointSchema, type Touchpoint } from '../model';
import { assignFields, base, clampEmotion, hasOwn, indexById, removeTouchpoints, touchpointIndex } from './draft';
import { defineCommand } from './types';

export type TouchpointPatch = Partial<Omit<Touchpoint, 'id' | 'painPoints'>>;

export interface TouchpointArgs {
  addTouchpoint: { stage: string; lane: string; title: string; id?: string; fields?: TouchpointPatch };
  updateTouchpoint: { id: string; patch: TouchpointPatch };
  /**
   * A whole drag is one dispatch: the canvas commits every moved card on drop. `before` places a
   * card just ahead of another (unmoved) touchpoint in document order, which is the order inside
   * a cell; null puts it last; leaving it out keeps the card's place.
   */
  moveTouchpoints: { moves: { id: string; stage: string; lane: string; before?: string | null }[] };
  deleteElements: { touchpointIds?: string[]; linkIds?: string[] };
}

/** Fills in a touchpoint from a patch, or null when the result would not be a valid touchpoint. */
function withPatch(current: Touchpoint, patch: TouchpointPatch): Touchpoint | null {
  if (hasOwn(patch, 'id') || hasOwn(patch, 'painPoints')) return null;
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = key === 'emotion' && typeof value === 'number' && Number.isFinite(value) ? clampEmotion(value) : value;
  }
  if (typeof next['metrics'] === 'object' && next['metrics'] !== null) {
    // Clearing a metric in the inspector sends it as undefined; keep only the ones that are set.
    const metrics = Object.fromEntries(Object.entries(next['metrics']).filter(([, v]) => v !== undefined));
    if (Object.keys(metrics).length === 0) delete next['metrics'];
    else next['metrics'] = metrics;
  }
  return touchpointSchema.safeParse(next).success ? (next as Touchpoint) : null;
}

function cellExists(draft: { stages: { id: string }[]; lanes: { id: string }[] }, stage: string, lane: string): boolean {
  return indexById(base(draft.stages), stage) >= 0 && indexById(base(draft.lanes), lane) >= 0;
}

export const touchpointCommands = {
  addTouchpoint: defineCommand<TouchpointArgs['addTouchpoint']>((draft, args, ctx) => {
    if (!cellExists(draft, args.stage, args.lane)) return false;
    const id = ctx.claimId('t', args.id);
    if (id === null) return false;
    const fields = { ...args.fields };
    delete fields.stage;
    delete fields.lane;
    delete fields.title;
    const tp = withPatch({ id, stage: args.stage, lane: args.lane, title: args.title }, fields);
    if (!tp) return false;
    draft.touchpoints.push(tp);
    ctx.created(id);
    return true;
  }),

  updateTouchpoint: defineCommand<TouchpointArgs['updateTouchpoint']>((draft, { id, patch }) => {
    const i = touchpointIndex(draft, id);
    if (i < 0) return false;
    const next = withPatch(base(draft.touchpoints)[i]!, patch);
    if (!next || !cellExists(draft, next.stage, next.lane)) return false;
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(patch)) changes[key] = (next as Record<string, unknown>)[key];
    if (hasOwn(patch, 'metrics') && next.metrics === undefined) changes['metrics'] = undefined;
    assignFields(draft.touchpoints[i]!, changes as Partial<Touchpoint>);
    return true;
  }),

  moveTouchpoints: defineCommand<TouchpointArgs['moveTouchpoints']>((draft, { moves }) => {
    if (moves.length === 0) return false;
    const touchpoints = base(draft.touchpoints);
    const indexOf = new Map(touchpoints.map((t, i) => [t.id, i]));
    const moved = new Map<string, number>();
    for (const move of moves) {
      const i = indexOf.get(move.id);
      if (i === undefined || moved.has(move.id) || !cellExists(draft, move.stage, move.lane)) return false;
      moved.set(move.id, i);
      assignFields(draft.touchpoints[i]!, { stage: move.stage, lane: move.lane });
    }
    const placed = moves.filter((m) => m.before !== undefined);
    if (placed.length === 0) return true;
    if (placed.some((m) => m.before != null && (!indexOf.has(m.before) || moved.has(m.before)))) return false;
    // Cards dropped at a position: take them out, then insert each before its (unmoved) neighbour.
    const ids = new Set(placed.map((m) => m.id));
    const order = touchpoints.map((t, i) => (moved.has(t.id) ? draft.touchpoints[i]! : t));
    const kept = order.filter((t) => !ids.has(t.id));
    for (const m of placed) {
      const item = order[moved.get(m.id)!]!;
      const at = m.before === null ? kept.length : kept.findIndex((t) => t.id === m.before);
      kept.splice(at, 0, item);
    }
    if (kept.some((t, i) => t.id !== touchpoints[i]!.id)) draft.touchpoints = kept;
    return true;
  }),

  deleteElements: defineCommand<TouchpointArgs['deleteElements']>((draft, { touchpointIds = [], linkIds = [] }) => {
    if (touchpointIds.length === 0 && linkIds.length === 0) return false;
    const tps = new Set(touchpointIds);
    const links = new Set(linkIds);
    const known = new Set(base(draft.touchpoints).map((t) => t.id));
    const knownLinks = new Set((base(draft.links) ?? []).map((k) => k.id));
    if ([...tps].some((id) => !known.has(id)) || [...links].some((id) => !knownLinks.has(id))) return false;
    if (links.size > 0) draft.links = (base(draft.links) ?? []).filter((k) => !links.has(k.id));
    removeTouchpoints(draft, tps);
    return true;
  }),
};
