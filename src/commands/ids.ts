/** One id space for the whole document (the format requires it), with short readable ids. */
import type { MapDocument } from '../model';
import type { CommandContext, IdPrefix } from './types';

export function collectIds(map: MapDocument): Set<string> {
  const ids = new Set<string>();
  for (const s of map.stages) ids.add(s.id);
  for (const l of map.lanes) ids.add(l.id);
  for (const t of map.touchpoints) {
    ids.add(t.id);
    for (const p of t.painPoints ?? []) ids.add(p.id);
  }
  for (const k of map.links ?? []) ids.add(k.id);
  for (const u of map.personas ?? []) ids.add(u.id);
  return ids;
}

/** The highest number used after `prefix`, so new ids continue the sequence instead of refilling gaps left by deletes. */
export function highestNumber(prefix: string, taken: Iterable<string>): number {
  let max = 0;
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  for (const id of taken) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

export type IdGenerator = (prefix: IdPrefix) => string;

/** A custom generator that keeps colliding is not trusted for ever: after this many tries the default takes over. */
const CUSTOM_TRIES = 20;

export interface IdContext extends Pick<CommandContext, 'newId' | 'claimId' | 'created'> {
  readonly createdIds: readonly string[];
}

const MAX_ID_LENGTH = 200;

export function createIdContext(map: MapDocument, generator?: IdGenerator): IdContext {
  let taken: Set<string> | null = null;
  const ids = () => (taken ??= collectIds(map));
  const counters = new Map<IdPrefix, number>();
  const createdIds: string[] = [];
  const newId = (prefix: IdPrefix): string => {
    const used = ids();
    if (generator) {
      for (let i = 0; i < CUSTOM_TRIES; i++) {
        const id = generator(prefix);
        if (id.length > 0 && id.length <= MAX_ID_LENGTH && !used.has(id)) {
          used.add(id);
          return id;
        }
      }
    }
    let n = (counters.get(prefix) ?? highestNumber(prefix, used)) + 1;
    while (used.has(`${prefix}${n}`)) n++;
    counters.set(prefix, n);
    const id = `${prefix}${n}`;
    used.add(id);
    return id;
  };
  return {
    createdIds,
    newId,
    claimId(prefix, requested) {
      if (requested === undefined) return newId(prefix);
      const used = ids();
      if (requested.length === 0 || requested.length > MAX_ID_LENGTH || used.has(requested)) return null;
      used.add(requested);
      return requested;
    },
    created(id) {
      createdIds.push(id);
    },
  };
}
