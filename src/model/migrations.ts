/**
 * The version chain. Each step turns a document of version `from` into `from + 1` without
 * mutating its input. Steps run on unvalidated data, so they only rename what they recognise
 * and leave anything odd for the schema to report.
 */
import { CURRENT_VERSION } from './vocab';
import type { Problem } from './problems';

type Json = Record<string, unknown>;

export interface Migration {
  /** `map/N` migrates to version N. */
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly up: (doc: Readonly<Json>) => Json;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function mapArray(value: unknown, fn: (item: Json) => Json): unknown {
  return Array.isArray(value) ? value.map((item) => (isObject(item) ? fn(item) : item)) : value;
}

function rename(obj: Json, from: string, to: string): Json {
  if (!(from in obj) || to in obj) return { ...obj };
  const { [from]: value, ...rest } = obj;
  return { ...rest, [to]: value };
}

const V0_LEVELS: Record<number, string> = { 1: 'basic', 2: 'satisfactory', 3: 'value-added', 4: 'memorable' };

/**
 * Version 0 was the pre-release shape: `name` for the title, `title`/`type` on stages and lanes,
 * levels as numbers 1–4 under `serviceLevel`, pain points under `pains`, links as `edges` with
 * `source`/`target`.
 */
function v0ToV1(doc: Readonly<Json>): Json {
  let out = rename({ ...doc }, 'name', 'title');
  out = rename(out, 'edges', 'links');
  out['stages'] = mapArray(out['stages'], (s) => rename(s, 'title', 'name'));
  out['lanes'] = mapArray(out['lanes'], (l) => rename(rename(l, 'title', 'name'), 'type', 'kind'));
  out['links'] = mapArray(out['links'], (k) => rename(rename(k, 'source', 'from'), 'target', 'to'));
  out['touchpoints'] = mapArray(out['touchpoints'], (t) => {
    let tp = rename(t, 'pains', 'painPoints');
    const level = tp['serviceLevel'];
    if (typeof level === 'number' && V0_LEVELS[level] && !('level' in tp)) {
      const { serviceLevel: _dropped, ...rest } = tp;
      tp = { ...rest, level: V0_LEVELS[level] };
    }
    return tp;
  });
  out['version'] = 1;
  return out;
}

export const MIGRATIONS: readonly Migration[] = [
  { id: 'map/1', from: 0, to: 1, description: 'pre-release names to format v1', up: v0ToV1 },
];

export type MigrationResult = { ok: true; doc: Json; from: number } | { ok: false; problem: Problem };

/** Brings a parsed document up to CURRENT_VERSION, or says why it cannot. */
export function migrate(doc: Json, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const version = doc['version'];
  if (version === undefined) return { ok: false, problem: { path: ['version'], code: 'required', params: {} } };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      problem: {
        path: ['version'],
        code: 'version-invalid',
        params: { supported: CURRENT_VERSION, got: JSON.stringify(version) ?? String(version) },
      },
    };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      problem: { path: ['version'], code: 'version-too-new', params: { version, supported: CURRENT_VERSION } },
    };
  }
  let current: Json = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from version ${v}`);
    current = step.up(current);
  }
  return { ok: true, doc: current, from: version };
}
