/**
 * Helpers shared by the commands. Lookups read the draft's original arrays so a search through
 * 2 000 touchpoints does not create 2 000 proxies; only what is written becomes a draft.
 */
import { isDraft, original, type Draft } from 'immer';
import { EMOTION_MAX, EMOTION_MIN, MAX_NAME_LENGTH, type MapDocument, type PainPoint, type Touchpoint } from '../model';

export function base<T>(value: T): T {
  return isDraft(value) ? (original(value as Draft<T>) as T) : value;
}

export const hasOwn = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/** A name people see: visible content, within the format's length limit. */
export function isName(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_NAME_LENGTH;
}

export function indexById(items: readonly { id: string }[], id: string): number {
  return items.findIndex((item) => item.id === id);
}

export function touchpointIndex(draft: MapDocument, id: string): number {
  return indexById(base(draft.touchpoints), id);
}

export interface PainPointLocation {
  touchpoint: number;
  painPoint: number;
}

export function locatePainPoint(draft: MapDocument, painPointId: string): PainPointLocation | null {
  const touchpoints = base(draft.touchpoints);
  for (let i = 0; i < touchpoints.length; i++) {
    const j = indexById(touchpoints[i]!.painPoints ?? [], painPointId);
    if (j >= 0) return { touchpoint: i, painPoint: j };
  }
  return null;
}

export function painPointAt(draft: MapDocument, at: PainPointLocation): PainPoint {
  return draft.touchpoints[at.touchpoint]!.painPoints![at.painPoint]!;
}

export function clampEmotion(value: number): number {
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(value)));
}

/** Assigns only what differs and removes what is set to undefined, so patches stay minimal and undo is exact. */
export function assignFields<T extends object>(target: T, fields: Partial<T>): void {
  const record = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      if (hasOwn(record, key)) delete record[key];
    } else if (!sameValue(base(record[key]), value)) {
      record[key] = value;
    }
  }
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Removes touchpoints with everything that points at them: their links and the `causedBy` of
 * pain points elsewhere. Arrays are rebuilt once instead of spliced, so the patch is one
 * replacement rather than one entry per shifted element.
 */
export function removeTouchpoints(draft: MapDocument, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  const touchpoints = base(draft.touchpoints);
  const kept: Touchpoint[] = [];
  touchpoints.forEach((tp, i) => {
    if (ids.has(tp.id)) return;
    const refersToRemoved = tp.painPoints?.some((p) => p.causedBy !== undefined && ids.has(p.causedBy));
    if (!refersToRemoved) {
      kept.push(tp);
      return;
    }
    const tpDraft = draft.touchpoints[i]!;
    for (const p of tpDraft.painPoints ?? []) {
      if (p.causedBy !== undefined && ids.has(p.causedBy)) delete p.causedBy;
    }
    kept.push(tpDraft);
  });
  draft.touchpoints = kept;
  removeLinks(draft, (k) => ids.has(k.from) || ids.has(k.to));
}

export function removeLinks(draft: MapDocument, drop: (link: { id: string; from: string; to: string }) => boolean): void {
  const links = base(draft.links);
  if (!links || !links.some(drop)) return;
  draft.links = links.filter((k) => !drop(k));
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = items.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.min(length, Math.max(0, Math.trunc(index)));
}
