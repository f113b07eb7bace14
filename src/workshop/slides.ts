/**
 * The presentation's slides: an overview first, one slide per stage in journey order, a summary
 * last. Navigation is a pure reducer over the slide index so a clicker (PageDown / PageUp), the
 * arrow keys, Space, Home and End all mean the same thing wherever they come from.
 */
import { hiddenLanes } from '../commands';
import type { Lane, MapDocument, Touchpoint } from '../model';

export type Slide =
  | { kind: 'overview'; key: 'overview' }
  | { kind: 'stage'; key: string; stageId: string; stageIndex: number }
  | { kind: 'summary'; key: 'summary' };

export function slidesFor(map: MapDocument): Slide[] {
  return [
    { kind: 'overview', key: 'overview' },
    ...map.stages.map((s, i): Slide => ({ kind: 'stage', key: `stage:${s.id}`, stageId: s.id, stageIndex: i })),
    { kind: 'summary', key: 'summary' },
  ];
}

export type NavAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'goto'; index: number };

/** Where the presentation is: `index` into a sequence of `count` slides (count ≥ 1). */
export interface NavState {
  index: number;
  count: number;
}

const clamp = (index: number, count: number): number => Math.min(Math.max(0, Math.trunc(index) || 0), Math.max(1, count) - 1);

export function navigate(state: NavState, action: NavAction): NavState {
  const count = Math.max(1, Math.trunc(state.count) || 1);
  const current = clamp(state.index, count);
  let index: number;
  switch (action.type) {
    case 'next':
      index = current + 1;
      break;
    case 'prev':
      index = current - 1;
      break;
    case 'home':
      index = 0;
      break;
    case 'end':
      index = count - 1;
      break;
    case 'goto':
      index = action.index;
      break;
  }
  return { index: clamp(index, count), count };
}

/** The slide count can change under the presentation (an undo that removes a stage): keep the index in range. */
export function resize(state: NavState, count: number): NavState {
  const c = Math.max(1, Math.trunc(count) || 1);
  return { index: clamp(state.index, c), count: c };
}

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The navigation a key means. Presentation clickers send PageDown / PageUp (some send the arrows);
 * Space goes forward and Shift+Space back, as in slide software. Keys with Ctrl, Cmd or Alt are not navigation.
 */
export function navActionForKey(e: KeyLike): NavAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
      return { type: 'next' };
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return { type: 'prev' };
    case ' ':
    case 'Spacebar':
      return { type: e.shiftKey ? 'prev' : 'next' };
    case 'Home':
      return { type: 'home' };
    case 'End':
      return { type: 'end' };
    default:
      return null;
  }
}

/** Lanes shown on stage slides: the map's lanes minus the ones hidden in the editor, in order. */
export function visibleLanes(map: MapDocument): Lane[] {
  const hidden = new Set(hiddenLanes(map));
  return map.lanes.filter((l) => !hidden.has(l.id));
}

export interface StageRow {
  lane: Lane;
  touchpoints: Touchpoint[];
  /** A blueprint line drawn above this row, when the row below crosses it. */
  lineAbove: 'interaction' | 'visibility' | 'internal' | null;
}

/** Kinds the blueprint's lines separate; the lines sit where one side ends and the next begins. */
function side(lane: Lane): 'customer' | 'front' | 'back' | 'support' | null {
  switch (lane.kind) {
    case 'evidence':
    case 'customer':
      return 'customer';
    case 'frontstage':
      return 'front';
    case 'backstage':
      return 'back';
    case 'support':
      return 'support';
    default:
      return null;
  }
}

/**
 * One stage as rows of cards: every visible lane, top to bottom, with the stage's touchpoints in
 * document order, and the blueprint's lines of interaction, visibility and internal interaction
 * where the lane kinds change side.
 */
export function stageRows(map: MapDocument, stageId: string): StageRow[] {
  const lanes = visibleLanes(map);
  let previous: ReturnType<typeof side> = null;
  return lanes.map((lane) => {
    const here = side(lane);
    let lineAbove: StageRow['lineAbove'] = null;
    if (here !== null && previous !== null && here !== previous) {
      if (previous === 'customer' && here === 'front') lineAbove = 'interaction';
      else if ((previous === 'customer' || previous === 'front') && (here === 'back' || here === 'support')) lineAbove = 'visibility';
      else if (previous === 'back' && here === 'support') lineAbove = 'internal';
    }
    if (here !== null) previous = here;
    return { lane, touchpoints: map.touchpoints.filter((t) => t.stage === stageId && t.lane === lane.id), lineAbove };
  });
}

/** The stage's pain points in reading order (lanes top to bottom, cards left to right). */
export function stagePainIds(map: MapDocument, stageId: string): string[] {
  return stageRows(map, stageId).flatMap((row) => row.touchpoints.flatMap((tp) => (tp.painPoints ?? []).map((p) => p.id)));
}

/** The next (or previous) id after `current`, wrapping around; the first (or last) when `current` is not in the list. */
export function cycle(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at < 0) return step === 1 ? ids[0]! : ids[ids.length - 1]!;
  return ids[(at + step + ids.length) % ids.length]!;
}
