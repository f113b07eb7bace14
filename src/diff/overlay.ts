/**
 * The compare view's data: one map that holds both versions' cards (the newer map plus the removed
 * cards as ghosts where they stood), a mark per card, and the change list in reading order with the
 * card each change points at. Pure, so the rule is tested without a canvas.
 */
import type { Lane, MapDocument, Stage, Touchpoint } from '../model';
import { diffMaps, type Change, type MapDiff } from './index';

export type CardMark = 'added' | 'removed' | 'changed';

export interface CompareEntry {
  readonly change: Change;
  readonly regression: boolean;
  /** The card the change is about (a touchpoint id, ghost or not), or null for map-wide changes. */
  readonly card: string | null;
}

export interface CompareOverlay {
  readonly diff: MapDiff;
  /** The newer map with removed stages, lanes and touchpoints put back where they were. */
  readonly merged: MapDocument;
  readonly marks: ReadonlyMap<string, CardMark>;
  /** The changes behind each marked card, for its hover and focus text. */
  readonly cardChanges: ReadonlyMap<string, readonly Change[]>;
  /** Regressions first, then the rest in the diff's order. */
  readonly entries: readonly CompareEntry[];
}

/** `after`'s items in order, with items only `before` had put back after their old predecessor. */
function mergeOrdered<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const out = [...after];
  const present = new Set(after.map((x) => x.id));
  before.forEach((item, i) => {
    if (present.has(item.id)) return;
    const previous = i === 0 ? undefined : before[i - 1];
    const at = previous === undefined ? 0 : out.findIndex((x) => x.id === previous.id) + 1;
    out.splice(at, 0, item);
    present.add(item.id);
  });
  return out;
}

/** The touchpoint a change is about, looked up in the newer map first (a pain point may have moved). */
function cardOf(change: Change, painOwner: ReadonlyMap<string, string>, isCard: (id: string) => boolean): string | null {
  switch (change.kind) {
    case 'touchpoint-added':
    case 'touchpoint-removed':
    case 'touchpoint-moved':
    case 'touchpoint-retitled':
    case 'level-changed':
    case 'metric-changed':
    case 'touchpoint-edited':
      return change.id;
    case 'pain-added':
    case 'pain-resolved':
      return change.touchpointId;
    case 'pain-severity-changed':
    case 'pain-retitled':
    case 'pain-moved':
    case 'pain-edited':
      return painOwner.get(change.id) ?? null;
    case 'remedy-added':
    case 'remedy-removed':
      return painOwner.get(change.painId) ?? null;
    case 'finding-appeared':
    case 'finding-cleared':
      // A finding names its touchpoint first, or only its pain points.
      for (const id of change.finding.ids) {
        if (isCard(id)) return id;
        const owner = painOwner.get(id);
        if (owner !== undefined) return owner;
      }
      return null;
    default:
      return null;
  }
}

function painOwners(maps: readonly MapDocument[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const map of maps) for (const tp of map.touchpoints) for (const pain of tp.painPoints ?? []) if (!owner.has(pain.id)) owner.set(pain.id, tp.id);
  return owner;
}

export function compareOverlay(before: MapDocument, after: MapDocument, diff: MapDiff = diffMaps(before, after)): CompareOverlay {
  const stages: Stage[] = mergeOrdered(before.stages, after.stages);
  const lanes: Lane[] = mergeOrdered(before.lanes, after.lanes);
  const afterIds = new Set(after.touchpoints.map((t) => t.id));
  const ghosts: Touchpoint[] = before.touchpoints.filter((t) => !afterIds.has(t.id));
  // Both versions' cards show, whatever lanes either version hid from its own view.
  const { view: _view, ...rest } = after;
  const merged: MapDocument = { ...rest, stages, lanes, touchpoints: [...after.touchpoints, ...ghosts] };

  const owners = painOwners([after, before]);
  const touchpointIds = new Set([...afterIds, ...ghosts.map((t) => t.id)]);
  const regressions = new Set(diff.regressions);
  const entries: CompareEntry[] = diff.changes.map((change) => {
    const card = cardOf(change, owners, (id) => touchpointIds.has(id));
    return { change, regression: regressions.has(change), card: card !== null && touchpointIds.has(card) ? card : null };
  });
  entries.sort((a, b) => Number(b.regression) - Number(a.regression));

  const cardChanges = new Map<string, Change[]>();
  for (const entry of entries) if (entry.card !== null) cardChanges.set(entry.card, [...(cardChanges.get(entry.card) ?? []), entry.change]);
  const marks = new Map<string, CardMark>();
  for (const tp of ghosts) marks.set(tp.id, 'removed');
  for (const change of diff.changes) if (change.kind === 'touchpoint-added') marks.set(change.id, 'added');
  for (const id of cardChanges.keys()) if (!marks.has(id)) marks.set(id, 'changed');
  return { diff, merged, marks, cardChanges, entries };
}
