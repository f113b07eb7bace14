/**
 * Whatever sequence of edits a person makes, the document stays valid, undoing everything gives
 * back exactly the document they started from, and redoing everything replays to the same result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseMap, parseMapValue, type MapDocument } from '../../../src/model';
import { createDocStore } from '../../../src/store';
import { arbMap } from '../../fixtures/arbitrary';
import { argsFor, arbOp, type Op } from './random-ops';

const SAMPLES = new URL('../../../samples/', import.meta.url);
const samples: MapDocument[] = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.tpmap.json'))
  .map((name) => {
    const parsed = parseMap(readFileSync(new URL(name, SAMPLES), 'utf8'));
    if (!parsed.ok) throw new Error(`sample ${name} does not parse`);
    return parsed.map;
  });

function problemsOf(map: MapDocument): unknown[] {
  const parsed = parseMapValue(map);
  const problems: unknown[] = parsed.ok ? [] : parsed.problems;
  const lanes = new Set(map.lanes.map((l) => l.id));
  const hidden = map.view?.['hiddenLanes'];
  if (Array.isArray(hidden)) problems.push(...hidden.filter((id) => !lanes.has(id as string)).map((id) => ({ hiddenLaneMissing: id })));
  return problems;
}

function check(start: MapDocument, ops: Op[]): void {
  const store = createDocStore(start);
  let steps = 0;
  for (const op of ops) {
    const before = store.getState();
    const { name, args } = argsFor(op, before.map);
    const applied = store.dispatch(name, args as never);
    const after = store.getState();
    if (!applied) {
      expect(after).toBe(before);
      continue;
    }
    steps++;
    expect(problemsOf(after.map), `${name} ${JSON.stringify(args)}`).toEqual([]);
    expect(after.undoLabel).toBe(name);
  }
  const final = store.getState().map;
  let undone = 0;
  while (store.undo()) undone++;
  expect(undone).toBe(steps);
  expect(store.getState().map).toEqual(start);
  expect(store.getState().dirty).toBe(false);
  while (store.redo());
  expect(store.getState().map).toEqual(final);
}

describe('random command sequences', () => {
  test('on generated maps', () => {
    fc.assert(
      fc.property(arbMap, fc.array(arbOp, { maxLength: 40, size: 'medium' }), (map, ops) => check(map, ops)),
      { numRuns: 300 },
    );
  });

  test('on the sample maps', () => {
    expect(samples.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(arbOp, { maxLength: 60, size: 'medium' }), (map, ops) => check(map, ops)),
      { numRuns: 60 },
    );
  });
});
