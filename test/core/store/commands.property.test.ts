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

type Action = { kind: 'edit'; op: Op } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'save' } | { kind: 'save-earlier'; back: number };

const arbAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: arbOp.map((op) => ({ kind: 'edit' as const, op })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'save' as const }) },
  { weight: 1, arbitrary: fc.nat(4).map((back) => ({ kind: 'save-earlier' as const, back })) },
);

describe('dirty never lies', () => {
  test('whenever the store says clean, the document is exactly the one last saved', () => {
    fc.assert(
      fc.property(arbMap, fc.integer({ min: 1, max: 6 }), fc.array(arbAction, { maxLength: 50, size: 'medium' }), (map, historyLimit, actions) => {
        const store = createDocStore(map, { historyLimit });
        const seen: MapDocument[] = [store.getState().map];
        let onDisk: MapDocument = store.getState().map;
        for (const action of actions) {
          if (action.kind === 'edit') {
            const { name, args } = argsFor(action.op, store.getState().map);
            store.dispatch(name, args as never);
          } else if (action.kind === 'undo') store.undo();
          else if (action.kind === 'redo') store.redo();
          else if (action.kind === 'save') {
            store.markSaved();
            onDisk = store.getState().map;
            expect(store.getState().dirty).toBe(false);
          } else {
            // A save that began a few states ago and finished only now.
            onDisk = seen[Math.max(0, seen.length - 1 - action.back)]!;
            store.markSaved(onDisk);
          }
          if (seen.at(-1) !== store.getState().map) seen.push(store.getState().map);
          if (!store.getState().dirty) expect(store.getState().map).toEqual(onDisk);
        }
      }),
      { numRuns: 300 },
    );
  });
});
