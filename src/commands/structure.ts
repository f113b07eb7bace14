/**
 * Stages (columns) and lanes (rows). Deleting a stage or lane that still holds touchpoints deletes
 * them too, in the same undo step; the UI asks first. The last stage and the last lane stay, so
 * the canvas always has a cell to draw into.
 */
import { LANE_KINDS, type LaneKind, type MapDocument } from '../model';
import { assignFields, base, clampIndex, indexById, isName, moveItem, removeTouchpoints } from './draft';
import { setHiddenLanes, hiddenLanes } from './view';
import { defineCommand, type CommandContext, type IdPrefix } from './types';

export interface StructureArgs {
  addStage: { name: string; index?: number; id?: string; description?: string };
  renameStage: { id: string; name: string };
  setStageDescription: { id: string; description: string };
  moveStage: { id: string; index: number };
  deleteStage: { id: string };
  addLane: { name: string; kind?: LaneKind; index?: number; id?: string };
  renameLane: { id: string; name: string };
  setLaneKind: { id: string; kind: LaneKind };
  moveLane: { id: string; index: number };
  deleteLane: { id: string };
}

type Axis = 'stages' | 'lanes';
const PREFIX: Record<Axis, IdPrefix> = { stages: 's', lanes: 'l' };
const isLaneKind = (kind: unknown): kind is LaneKind => (LANE_KINDS as readonly unknown[]).includes(kind);

function rename(draft: MapDocument, axis: Axis, id: string, name: string): boolean {
  const i = indexById(base(draft[axis]), id);
  if (i < 0 || !isName(name)) return false;
  assignFields(draft[axis][i]!, { name });
  return true;
}

function move(draft: MapDocument, axis: Axis, id: string, index: number): boolean {
  const items = base(draft[axis]);
  const from = indexById(items, id);
  if (from < 0 || !Number.isFinite(index)) return false;
  const to = Math.min(items.length - 1, clampIndex(index, items.length));
  if (to === from) return false;
  (draft as Record<Axis, unknown[]>)[axis] = moveItem(items, from, to);
  return true;
}

function remove(draft: MapDocument, axis: Axis, id: string): boolean {
  const items = base(draft[axis]);
  if (items.length <= 1 || indexById(items, id) < 0) return false;
  const key = axis === 'stages' ? 'stage' : 'lane';
  const inside = base(draft.touchpoints).filter((t) => t[key] === id);
  removeTouchpoints(draft, new Set(inside.map((t) => t.id)));
  (draft as Record<Axis, unknown[]>)[axis] = items.filter((item) => item.id !== id);
  return true;
}

interface NewItem {
  name: string;
  id?: string;
  index?: number;
}

function add(draft: MapDocument, axis: Axis, item: NewItem, ctx: CommandContext, extra: Record<string, string>): boolean {
  if (!isName(item.name)) return false;
  const id = ctx.claimId(PREFIX[axis], item.id);
  if (id === null) return false;
  const at = clampIndex(item.index, base(draft[axis]).length);
  (draft[axis] as { id: string; name: string }[]).splice(at, 0, { id, name: item.name, ...extra });
  ctx.created(id);
  return true;
}

export const structureCommands = {
  addStage: defineCommand<StructureArgs['addStage']>((draft, args, ctx) => {
    if (args.description !== undefined && (typeof args.description !== 'string' || args.description.length > 100_000)) return false;
    return add(draft, 'stages', args, ctx, args.description ? { description: args.description } : {});
  }),
  renameStage: defineCommand<StructureArgs['renameStage']>((draft, { id, name }) => rename(draft, 'stages', id, name)),
  setStageDescription: defineCommand<StructureArgs['setStageDescription']>((draft, { id, description }) => {
    const i = indexById(base(draft.stages), id);
    if (i < 0 || typeof description !== 'string' || description.length > 100_000) return false;
    assignFields(draft.stages[i]!, { description: description === '' ? undefined : description });
    return true;
  }),
  moveStage: defineCommand<StructureArgs['moveStage']>((draft, { id, index }) => move(draft, 'stages', id, index)),
  deleteStage: defineCommand<StructureArgs['deleteStage']>((draft, { id }) => remove(draft, 'stages', id)),

  addLane: defineCommand<StructureArgs['addLane']>((draft, args, ctx) => {
    if (args.kind !== undefined && !isLaneKind(args.kind)) return false;
    return add(draft, 'lanes', args, ctx, args.kind ? { kind: args.kind } : {});
  }),
  renameLane: defineCommand<StructureArgs['renameLane']>((draft, { id, name }) => rename(draft, 'lanes', id, name)),
  setLaneKind: defineCommand<StructureArgs['setLaneKind']>((draft, { id, kind }) => {
    const i = indexById(base(draft.lanes), id);
    if (i < 0 || !isLaneKind(kind)) return false;
    assignFields(draft.lanes[i]!, { kind });
    return true;
  }),
  moveLane: defineCommand<StructureArgs['moveLane']>((draft, { id, index }) => move(draft, 'lanes', id, index)),
  deleteLane: defineCommand<StructureArgs['deleteLane']>((draft, { id }) => {
    if (!remove(draft, 'lanes', id)) return false;
    // hiddenLanes() only lists lanes that exist, so the deleted one drops out; if only hidden lanes remain, show them.
    const hidden = hiddenLanes(draft);
    setHiddenLanes(draft, hidden.length >= base(draft.lanes).length ? [] : hidden);
    return true;
  }),
};
