/** The part of `view` that belongs to the document (and so to undo): which lanes are hidden. */
import type { MapDocument } from '../model';
import { base, sameValue } from './draft';

/**
 * The hidden lanes that still exist, in lane order. `view` is free-form in the file format, so
 * anything that is not a list of lane ids is read as "nothing hidden".
 */
export function hiddenLanes(map: MapDocument): string[] {
  const raw = base(map.view)?.['hiddenLanes'];
  if (!Array.isArray(raw)) return [];
  const hidden = new Set(raw.filter((id): id is string => typeof id === 'string'));
  return base(map.lanes)
    .filter((lane) => hidden.has(lane.id))
    .map((lane) => lane.id);
}

/** Empty lists and empty view objects are removed so a file without hidden lanes stays tidy. */
export function setHiddenLanes(draft: MapDocument, ids: readonly string[]): void {
  const current = base(draft.view)?.['hiddenLanes'];
  if (sameValue(current, ids)) return;
  if (ids.length > 0) {
    (draft.view ??= {})['hiddenLanes'] = [...ids];
    return;
  }
  if (!draft.view) return;
  delete draft.view['hiddenLanes'];
  if (Object.keys(draft.view).length === 0) delete draft.view;
}
