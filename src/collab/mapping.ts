/**
 * The map document as a Yjs document, so that several people can edit one map at once.
 *
 * Layout (all under the root Y.Map `map`):
 * - each collection (stages, lanes, touchpoints, links, personas) is a Y.Map from id to a Y.Map of
 *   fields, plus a Y.Array of ids for document order (`<collection>Order`). Keying by id means two
 *   people editing different touchpoints, or different fields of one touchpoint, touch different
 *   Yjs entries and both edits survive; the separate order array lets a move (reorder) and a field
 *   edit of the same touchpoint merge too.
 * - a touchpoint's pain points are nested the same way (`painPoints` + `painPointOrder`), so a pain
 *   point added by one person and a retag by another both survive.
 * - every scalar (title, level, severity, …) is a plain value in its Y.Map: last writer wins per
 *   field. Titles are short labels that a person retypes as a whole; merging two concurrent retypes
 *   character by character (Y.Text) would produce a title neither person wrote.
 * - small nested values (metrics, remedies) and each `view` key are stored whole, for the same reason.
 * - every shared container is created once, with its parent (collections with the document, a
 *   touchpoint's pain point map with the touchpoint): two people creating the same container at once
 *   would each make their own, and one would silently replace the other.
 * - an empty optional list (links, personas, pain points) reads back as absent, which the format
 *   treats the same as an empty list.
 *
 * Concurrent edits can produce a merged state no single person made: a touchpoint added to a stage
 * someone else deleted, a link to a deleted touchpoint. `readYDoc` drops such dangling references
 * deterministically (the same on every peer), then validates with the same schema as a file.
 */
import * as Y from 'yjs';
import { laneSchema, linkSchema, parseMapValue, personaSchema, stageSchema, touchpointSchema, type MapDocument, type PainPoint, type Problem } from '../model';
import { issueToProblems } from '../model/validate';
import { checkReferences } from '../model/references';
import { checkCollectionLimits } from '../model/limits';

export const COLLECTIONS = ['stages', 'lanes', 'touchpoints', 'links', 'personas'] as const;
export type Collection = (typeof COLLECTIONS)[number];

const ROOT = 'map';
const META_KEYS = ['format', 'version', 'title', 'locale', 'template', 'description'] as const;
const VIEW = 'view';
const PAIN = 'painPoints';
const PAIN_ORDER = 'painPointOrder';
const ORDER = 'Order';
const orderKey = (c: string) => `${c}${ORDER}`;

type Plain = Record<string, unknown>;
type YFields = Y.Map<unknown>;

export function rootOf(ydoc: Y.Doc): Y.Map<unknown> {
  return ydoc.getMap(ROOT);
}

function child<T>(parent: Y.Map<unknown>, key: string, make: () => T): T {
  const existing = parent.get(key);
  if (existing instanceof Y.Map || existing instanceof Y.Array) return existing as T;
  const created = make();
  parent.set(key, created);
  return created;
}

const entriesOf = (parent: Y.Map<unknown>, c: string) => child(parent, c, () => new Y.Map<unknown>()) as Y.Map<YFields>;
const orderOf = (parent: Y.Map<unknown>, c: string) => child(parent, orderKey(c), () => new Y.Array<string>());

function fieldsToY(item: Plain, nested: boolean): YFields {
  const fields = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined || (nested && key === PAIN)) continue;
    fields.set(key, value);
  }
  if (nested) {
    // Created with the touchpoint even when empty: if two people each added the first pain point and
    // each created the nested map, one map would replace the other and a pain point would be lost.
    const pains = (item[PAIN] ?? []) as PainPoint[];
    const entries = new Y.Map<YFields>();
    for (const p of pains) entries.set(p.id, fieldsToY(p, false));
    fields.set(PAIN, entries);
    fields.set(PAIN_ORDER, Y.Array.from(pains.map((p) => p.id)));
  }
  return fields;
}

function listOf(map: MapDocument, c: Collection): readonly Plain[] {
  return (map[c] ?? []) as readonly Plain[];
}

/** Fills an empty Y.Doc with a map (the host does this once, from the file). */
export function writeMapToYDoc(ydoc: Y.Doc, map: MapDocument, origin: unknown = null): void {
  ydoc.transact(() => {
    const root = rootOf(ydoc);
    for (const key of META_KEYS) if (map[key] !== undefined) root.set(key, map[key]);
    const view = child(root, VIEW, () => new Y.Map<unknown>());
    for (const [key, value] of Object.entries(map.view ?? {})) if (value !== undefined) view.set(key, value);
    for (const c of COLLECTIONS) {
      const entries = entriesOf(root, c);
      const order = orderOf(root, c);
      const list = listOf(map, c);
      for (const item of list) entries.set(item['id'] as string, fieldsToY(item, c === 'touchpoints'));
      order.push(list.map((item) => item['id'] as string));
    }
  }, origin);
}

export function toYDoc(map: MapDocument): Y.Doc {
  const ydoc = new Y.Doc();
  writeMapToYDoc(ydoc, map);
  return ydoc;
}

// ---------------------------------------------------------------- reading

/** Ids in document order: the order array first (first occurrence wins), then ids it lacks, sorted. */
function orderedIds(entries: Y.Map<unknown>, order: Y.Array<unknown> | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of order?.toArray() ?? []) {
    if (typeof id === 'string' && !seen.has(id) && entries.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  const rest = [...entries.keys()].filter((id) => !seen.has(id)).sort();
  return out.concat(rest);
}

function plainFields(fields: unknown, id: string, nested: boolean): Plain {
  if (!(fields instanceof Y.Map)) return { id, malformed: true };
  const out: Plain = {};
  for (const [key, value] of fields.entries()) {
    if (key === PAIN_ORDER) continue;
    if (nested && key === PAIN) {
      if (!(value instanceof Y.Map)) {
        out[PAIN] = value;
        continue;
      }
      const order = fields.get(PAIN_ORDER);
      out[PAIN] = orderedIds(value, order instanceof Y.Array ? order : undefined).map((pid) => plainFields(value.get(pid), pid, false));
      continue;
    }
    out[key] = value instanceof Y.AbstractType ? value.toJSON() : value;
  }
  // The key is the identity: a field that disagrees with it would let one element claim another's id.
  out['id'] = id;
  return out;
}

function readRaw(ydoc: Y.Doc): Plain {
  const root = rootOf(ydoc);
  const raw: Plain = {};
  for (const key of META_KEYS) if (root.has(key)) raw[key] = root.get(key);
  const view = root.get(VIEW);
  if (view instanceof Y.Map && view.size > 0) raw[VIEW] = view.toJSON();
  for (const c of COLLECTIONS) {
    const entries = root.get(c);
    const order = root.get(orderKey(c));
    const list = entries instanceof Y.Map ? orderedIds(entries, order instanceof Y.Array ? order : undefined).map((id) => plainFields(entries.get(id), id, c === 'touchpoints')) : [];
    if (list.length > 0 || c === 'stages' || c === 'lanes' || c === 'touchpoints') raw[c] = list;
  }
  return raw;
}

/**
 * Removes what concurrent deletes left dangling, the same way on every peer: touchpoints whose stage
 * or lane is gone (deleting a stage deletes its touchpoints, so this finishes that delete), links to a
 * missing touchpoint, a pain point's cause that is gone, and any id already used earlier in the document.
 */
export function dropDangling(raw: Plain): Plain {
  return dropDanglingCounted(raw).out;
}

/** dropDangling, also saying whether it dropped or cut anything. */
function dropDanglingCounted(raw: Plain): { out: Plain; dropped: boolean } {
  let dropped = false;
  const seen = new Set<string>();
  const fresh = (item: Plain) => {
    const id = item['id'] as string;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  const list = (c: string) => (Array.isArray(raw[c]) ? (raw[c] as Plain[]) : []);
  const out: Plain = { ...raw };
  const stages = list('stages').filter(fresh);
  const lanes = list('lanes').filter(fresh);
  const stageIds = new Set(stages.map((s) => s['id']));
  const laneIds = new Set(lanes.map((l) => l['id']));
  const touchpoints = list('touchpoints')
    .filter((t) => stageIds.has(t['stage']) && laneIds.has(t['lane']))
    .filter(fresh)
    .map((t) => (Array.isArray(t[PAIN]) ? { ...t, [PAIN]: (t[PAIN] as Plain[]).filter(fresh) } : t));
  const touchpointIds = new Set(touchpoints.map((t) => t['id']));
  out['stages'] = stages;
  out['lanes'] = lanes;
  out['touchpoints'] = touchpoints.map((t) => {
    if (!Array.isArray(t[PAIN])) return t;
    const pains = (t[PAIN] as Plain[]).map((p) => {
      if (p['causedBy'] === undefined || touchpointIds.has(p['causedBy'])) return p;
      dropped = true;
      const { causedBy: _gone, ...rest } = p;
      return rest;
    });
    if (pains.length === 0) {
      const { [PAIN]: _empty, ...rest } = t;
      return rest;
    }
    return { ...t, [PAIN]: pains };
  });
  if (raw['links'] !== undefined) {
    const links = list('links').filter((k) => touchpointIds.has(k['from']) && touchpointIds.has(k['to']) && k['from'] !== k['to']).filter(fresh);
    if (links.length > 0) out['links'] = links;
    else delete out['links'];
  }
  if (raw['personas'] !== undefined) out['personas'] = list('personas').filter(fresh);
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  const pains = (value: unknown) => (Array.isArray(value) ? (value as Plain[]).reduce((n, t) => n + count(t[PAIN]), 0) : 0);
  dropped ||=
    COLLECTIONS.some((c) => count(out[c]) !== count(raw[c])) || pains(out['touchpoints']) !== pains(raw['touchpoints']);
  return { out, dropped };
}

/**
 * Maps read from a document whose reading dropped something dangling (a card whose stage has not arrived
 * yet, a link to a card not yet there). A later change that adds an element may make what was dropped
 * whole again, which only a whole reading sees: patchMap does not patch these.
 */
const incomplete = new WeakSet<MapDocument>();

/** Whether `map` was read (or patched from a reading) that dropped something dangling: see `incomplete`. */
export function readDroppedSomething(map: MapDocument): boolean {
  return incomplete.has(map);
}

export interface ReadResult {
  /** The merged map, or the last valid one when the merged state is invalid; null if the document never held a valid map. */
  readonly map: MapDocument | null;
  /** Why the current merged state was refused (empty when `map` is the current state). */
  readonly problems: readonly Problem[];
}

const lastValid = new WeakMap<Y.Doc, MapDocument>();

/** Reads the merged map; never returns an invalid one (see ReadResult). */
export function readYDoc(ydoc: Y.Doc): ReadResult {
  const { out, dropped } = dropDanglingCounted(readRaw(ydoc));
  const parsed = parseMapValue(out);
  if (parsed.ok) {
    if (dropped) incomplete.add(parsed.map);
    lastValid.set(ydoc, parsed.map);
    return { map: parsed.map, problems: [] };
  }
  return { map: lastValid.get(ydoc) ?? null, problems: parsed.problems };
}

/** The merged map; throws only if the document never held a valid map (an empty, unsynced document). */
export function fromYDoc(ydoc: Y.Doc): MapDocument {
  const { map, problems } = readYDoc(ydoc);
  if (map === null) throw new Error(`The shared document holds no valid map (${problems.length} problems).`);
  return map;
}

const ENTITY_SCHEMAS = { stages: stageSchema, lanes: laneSchema, touchpoints: touchpointSchema, links: linkSchema, personas: personaSchema } as const;
const isCollection = (key: unknown): key is Collection => (COLLECTIONS as readonly unknown[]).includes(key);

type AnyType = Y.Transaction['changed'] extends Map<infer K, unknown> ? K : never;

/**
 * What one transaction touched: for each collection, the ids of changed elements (a field, a pain
 * point, the element added or deleted) and the collections whose order array changed; `root` when
 * the top of the map changed (its title, a collection replaced), `view` when the view settings did.
 */
interface Touched {
  readonly ids: Map<Collection, Set<string>>;
  readonly reordered: Set<Collection>;
  root: boolean;
  view: boolean;
}

function touchedBy(ydoc: Y.Doc, changed: Y.Transaction['changed']): Touched {
  const root: unknown = rootOf(ydoc);
  const ids = new Map<Collection, Set<string>>();
  const touched: Touched = { ids, reordered: new Set(), root: false, view: false };
  const touch = (c: Collection, id: string) => {
    if (!ids.has(c)) ids.set(c, new Set());
    ids.get(c)!.add(id);
  };
  for (const [type, keys] of changed) {
    if (type === root) {
      touched.root = true;
      continue;
    }
    // Climb to the element (a direct child of a collection map) or the collection map itself.
    let node: AnyType = type;
    let key: string | null = null;
    for (;;) {
      const item = node._item;
      if (item === null) break;
      const parent = item.parent as AnyType;
      if (parent === root) {
        const sub = item.parentSub;
        if (isCollection(sub)) {
          if (key !== null) touch(sub, key);
          else for (const k of keys) if (k !== null) touch(sub, k);
        } else if (sub !== null && isCollection(sub.slice(0, -ORDER.length)) && sub === orderKey(sub.slice(0, -ORDER.length))) {
          touched.reordered.add(sub.slice(0, -ORDER.length) as Collection);
        } else touched.view = true;
        break;
      }
      key = item.parentSub;
      node = parent;
    }
  }
  return touched;
}

/**
 * Checks only what one transaction touched, for the host's gate on every incoming update: reading
 * and validating a 2 000-touchpoint map whole takes about as long as a person will wait for an edit
 * to appear. Each changed element is validated with its own schema; a change at the top (map title,
 * a collection replaced) falls back to the whole-map check. Order arrays and `view` accept anything
 * (reading tolerates them), and dangling references are not problems (reading drops them).
 */
export function checkChanges(ydoc: Y.Doc, changed: Y.Transaction['changed']): readonly Problem[] {
  const found = touchedBy(ydoc, changed);
  if (found.root) return readYDoc(ydoc).problems;
  const touched = found.ids;
  const problems: Problem[] = [];
  for (const [c, ids] of touched) {
    const entries = rootOf(ydoc).get(c);
    if (!(entries instanceof Y.Map)) return readYDoc(ydoc).problems;
    for (const id of ids) {
      if (!entries.has(id)) continue;
      const result = ENTITY_SCHEMAS[c].safeParse(plainFields(entries.get(id), id, c === 'touchpoints'), { reportInput: true });
      if (result.success) continue;
      const order = rootOf(ydoc).get(orderKey(c));
      const index = orderedIds(entries, order instanceof Y.Array ? order : undefined).indexOf(id);
      for (const issue of result.error.issues) {
        for (const p of issueToProblems(issue)) problems.push({ ...p, path: [c, index, ...p.path] });
      }
    }
  }
  return problems;
}

/** The touchpoint as reading gives it: an empty pain point map reads as no pain points (see dropDangling). */
function readElement(entries: Y.Map<unknown>, c: Collection, id: string): unknown {
  const plain = plainFields(entries.get(id), id, c === 'touchpoints');
  if (Array.isArray(plain[PAIN]) && (plain[PAIN] as unknown[]).length === 0) delete plain[PAIN];
  return ENTITY_SCHEMAS[c].safeParse(plain).data;
}

/**
 * The merged map after a transaction, computed from the map before it: only the elements the
 * transaction touched are read and validated again; every other element keeps its object, so the
 * canvas re-renders only the cards that changed. Null when the change needs the whole reading (the
 * top of the map or the view changed, an element is invalid, or a reference dangles and
 * dropDangling must decide), which the caller then does. The result equals readYDoc's when not null.
 */
export function patchMap(ydoc: Y.Doc, before: MapDocument, changed: Y.Transaction['changed']): MapDocument | null {
  const touched = touchedBy(ydoc, changed);
  if (touched.root || touched.view) return null;
  const root = rootOf(ydoc);
  const next: Record<string, unknown> = { ...before };
  /** Elements read again (edited or new), checked below instead of checking the whole map. */
  const fresh: { c: Collection; item: Plain; was: Plain | undefined }[] = [];
  let removed = false;
  for (const c of new Set([...touched.ids.keys(), ...touched.reordered])) {
    const entries = root.get(c);
    const order = root.get(orderKey(c));
    if (!(entries instanceof Y.Map)) return null;
    const ids = touched.ids.get(c) ?? new Set<string>();
    const previous = listOf(before, c);
    if (!touched.reordered.has(c)) {
      // Most edits change fields of elements already there: replace those in place, nothing else moves.
      const at = [...ids].map((id) => (entries.has(id) ? previous.findIndex((item) => item['id'] === id) : -1));
      if (at.every((i) => i >= 0)) {
        const list = previous.slice();
        for (const i of at) {
          const was = previous[i]!;
          const item = readElement(entries, c, was['id'] as string) as Plain | undefined;
          if (item === undefined) return null;
          fresh.push({ c, item, was });
          list[i] = item;
        }
        next[c] = list;
        continue;
      }
    }
    const byId = new Map(previous.map((item) => [item['id'] as string, item]));
    const list: Plain[] = [];
    for (const id of orderedIds(entries, order instanceof Y.Array ? order : undefined)) {
      const was = byId.get(id);
      if (was !== undefined && !ids.has(id)) {
        list.push(was);
        continue;
      }
      const item = readElement(entries, c, id) as Plain | undefined;
      if (item === undefined) return null;
      fresh.push({ c, item, was });
      list.push(item);
    }
    if (list.length < previous.length || previous.some((item) => !entries.has(item['id'] as string))) removed = true;
    if (list.length === 0 && (c === 'links' || c === 'personas')) delete next[c];
    else next[c] = list;
  }
  const map = next as unknown as MapDocument;
  if (incomplete.has(before)) {
    // Something dangling was dropped when `before` was read: a new element may complete it (a stage
    // arriving after its cards), which only a whole reading sees. Edits to elements already there cannot.
    if (fresh.some((f) => f.was === undefined)) return null;
    incomplete.add(map);
  }
  // A removal can leave others' references dangling, and many new elements are cheaper to check at once.
  if (removed || fresh.length > 50) return checkReferences(map).length > 0 || checkCollectionLimits(map) !== null ? null : map;
  return referencesHold(map, fresh) && (fresh.every((f) => f.was !== undefined) || checkCollectionLimits(map) === null) ? map : null;
}

/** The checks of checkReferences, for the elements one change read again (nothing was removed). */
function referencesHold(map: MapDocument, fresh: readonly { c: Collection; item: Plain; was: Plain | undefined }[]): boolean {
  let allIds: Map<string, number> | null = null;
  const count = (id: string) => {
    if (allIds === null) {
      allIds = new Map();
      const add = (k: string) => allIds!.set(k, (allIds!.get(k) ?? 0) + 1);
      for (const c of COLLECTIONS) {
        for (const item of listOf(map, c)) {
          add(item['id'] as string);
          if (c === 'touchpoints') for (const p of (item[PAIN] ?? []) as Plain[]) add(p['id'] as string);
        }
      }
    }
    return allIds.get(id) ?? 0;
  };
  const has = (c: Collection, id: unknown) => listOf(map, c).some((item) => item['id'] === id);
  for (const { c, item, was } of fresh) {
    // An element read again keeps its key; a new one, or a new pain point, must not take an id in use.
    if (was === undefined && count(item['id'] as string) > 1) return false;
    if (c === 'touchpoints') {
      if (!has('stages', item['stage']) || !has('lanes', item['lane'])) return false;
      const known = new Set(((was?.[PAIN] ?? []) as Plain[]).map((p) => p['id']));
      for (const p of (item[PAIN] ?? []) as Plain[]) {
        if (!known.has(p['id']) && count(p['id'] as string) > 1) return false;
        if (p['causedBy'] !== undefined && !has('touchpoints', p['causedBy'])) return false;
      }
    } else if (c === 'links') {
      if (item['from'] === item['to'] || !has('touchpoints', item['from']) || !has('touchpoints', item['to'])) return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------- writing one command's result

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function diffFields(fields: YFields, before: Plain, after: Plain, nested: boolean): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'id') continue;
    const was = before[key];
    const now = after[key];
    if (was === now) continue;
    if (nested && key === PAIN) {
      diffList(fields, PAIN, PAIN_ORDER, (was ?? []) as Plain[], (now ?? []) as Plain[], false);
      continue;
    }
    if (now === undefined) fields.delete(key);
    else if (!sameValue(was, now)) fields.set(key, now);
  }
}

/**
 * Brings one id-keyed list from `before` to `after` with the fewest Yjs operations: changed fields
 * only, and a reorder touches only the ids that moved (the longest run already in order stays put).
 */
function diffList(parent: Y.Map<unknown>, entriesKey: string, orderName: string, before: readonly Plain[], after: readonly Plain[], nested: boolean): void {
  if (before === after) return;
  const beforeById = new Map(before.map((item) => [item['id'] as string, item]));
  const afterIds = after.map((item) => item['id'] as string);
  const afterSet = new Set(afterIds);
  if (before.length === 0 && after.length === 0) return;
  const entries = child(parent, entriesKey, () => new Y.Map<YFields>()) as Y.Map<YFields>;
  const order = child(parent, orderName, () => new Y.Array<string>());

  for (const id of beforeById.keys()) if (!afterSet.has(id)) entries.delete(id);
  for (const item of after) {
    const id = item['id'] as string;
    const was = beforeById.get(id);
    const fields = entries.get(id);
    if (was === undefined || !(fields instanceof Y.Map)) entries.set(id, fieldsToY(item, nested));
    else if (was !== item) diffFields(fields, was, item, nested);
  }
  reorder(order, afterIds, afterSet);
}

/** Longest increasing subsequence of `values` (indices into it), for keeping unmoved ids in place. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

function reorder(order: Y.Array<string>, afterIds: readonly string[], afterSet: ReadonlySet<string>): void {
  const rank = new Map(afterIds.map((id, i) => [id, i]));
  const current = order.toArray();
  // Positions (in the Y array) of the first occurrence of each id that stays; everything else goes.
  const firstAt = new Map<string, number>();
  current.forEach((id, i) => {
    if (afterSet.has(id) && !firstAt.has(id)) firstAt.set(id, i);
  });
  const survivors = [...firstAt.entries()].sort((a, b) => a[1] - b[1]);
  const keep = longestIncreasing(survivors.map(([id]) => rank.get(id)!));
  const keepIds = new Set([...keep].map((i) => survivors[i]![0]));
  for (let i = current.length - 1; i >= 0; i--) {
    const id = current[i]!;
    if (!keepIds.has(id) || firstAt.get(id) !== i) order.delete(i, 1);
  }
  // Insert each missing id right after its predecessor in the target order.
  const live = order.toArray();
  for (let i = 0; i < afterIds.length; i++) {
    const id = afterIds[i]!;
    if (keepIds.has(id)) continue;
    const at = i === 0 ? 0 : live.indexOf(afterIds[i - 1]!) + 1;
    order.insert(at, [id]);
    live.splice(at, 0, id);
    keepIds.add(id);
  }
}

/**
 * Writes one command's effect (`before` → `after`, as produced by src/commands) into the shared
 * document as one transaction carrying `origin`, so the per-person undo manager can track it.
 */
export function applyMapToYDoc(ydoc: Y.Doc, before: MapDocument, after: MapDocument, origin: unknown): void {
  if (before === after) return;
  ydoc.transact(() => {
    const root = rootOf(ydoc);
    for (const key of META_KEYS) {
      if (before[key] === after[key]) continue;
      if (after[key] === undefined) root.delete(key);
      else root.set(key, after[key]);
    }
    if (before.view !== after.view) {
      const view = child(root, VIEW, () => new Y.Map<unknown>());
      const was = before.view ?? {};
      const now = after.view ?? {};
      for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
        if (now[key] === undefined) {
          if (was[key] !== undefined) view.delete(key);
        } else if (!sameValue(was[key], now[key])) view.set(key, now[key]);
      }
    }
    for (const c of COLLECTIONS) diffList(root, c, orderKey(c), listOf(before, c), listOf(after, c), c === 'touchpoints');
  }, origin);
}
