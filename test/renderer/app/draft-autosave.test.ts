/**
 * The draft autosave runs in idle time and builds the map's JSON a chunk of cards at a time
 * (renderer/src/app/json-steps.ts), so a large map's autosave never blocks a frame. What it writes
 * must still open as the map that was being edited.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentController, DRAFT_DELAY_MS } from '../../../renderer/src/app/document';
import { stringifyInSteps } from '../../../renderer/src/app/json-steps';
import { createUiStore } from '../../../renderer/src/app/ui-store';
import type { Platform } from '../../../renderer/src/platform/types';
import { parseMap } from '../../../src/model';
import { createDocStore } from '../../../src/store';
import { generateMap } from '../../fixtures/generate';
import { minimalMap } from '../../fixtures/maps';

function run<T>(steps: Generator<void, T, void>): { steps: number; value: T } {
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { steps: count, value: step.value };
    count++;
  }
}

describe('stringifyInSteps', () => {
  it('gives JSON.stringify’s text, a chunk of a long array per step', () => {
    const map = generateMap({ touchpoints: 1000 });
    const { steps, value } = run(stringifyInSteps(map, 100));
    expect(value).toBe(JSON.stringify(map));
    // Every 100 cards (and every 100 links, if there are more than 100) are a step of their own.
    expect(steps).toBeGreaterThanOrEqual(10);
  });

  it('writes what JSON.stringify writes for fields and items it cannot write', () => {
    const value = { a: undefined, b: [1, undefined, () => 1, 'x'], c: { d: undefined, e: [undefined] }, f: null };
    expect(run(stringifyInSteps(value, 1)).value).toBe(JSON.stringify(value));
    expect(run(stringifyInSteps(value, 10)).value).toBe(JSON.stringify(value));
  });
});

/** A platform that records the drafts written; everything else quietly does nothing. */
function recordingPlatform(drafts: string[]): Platform {
  const nothing = async () => null;
  const subscribe = () => () => undefined;
  const target = { kind: 'web', writeDraft: async (d: { text: string }) => void drafts.push(d.text) } as unknown as Platform;
  return new Proxy(target, {
    get: (t, key) => (key in t ? t[key as keyof Platform] : String(key).startsWith('on') ? subscribe : nothing),
  });
}

describe('draft autosave', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes, after the last of several edits, a draft that opens as the edited map', async () => {
    vi.useFakeTimers();
    const drafts: string[] = [];
    const store = createDocStore(generateMap({ touchpoints: 600 }));
    const ui = createUiStore({ locale: 'en', themeChoice: 'light', theme: 'light' });
    const controller = createDocumentController(store, ui, recordingPlatform(drafts));
    const { stages, lanes } = store.getState().map;
    expect(store.dispatch('addTouchpoint', { stage: stages[0]!.id, lane: lanes[0]!.id, title: 'First edit' })).toBe(true);
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS / 2);
    expect(store.dispatch('addTouchpoint', { stage: stages[1]!.id, lane: lanes[0]!.id, title: 'Second edit' })).toBe(true);
    expect(drafts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 3);
    expect(drafts).toHaveLength(1);
    const parsed = parseMap(drafts[0]!);
    expect(parsed.ok && parsed.map).toEqual(store.getState().map);
    controller.dispose();
  });

  it('writes nothing for a map that was not changed', async () => {
    vi.useFakeTimers();
    const drafts: string[] = [];
    const store = createDocStore(minimalMap());
    const controller = createDocumentController(store, createUiStore({ locale: 'en', themeChoice: 'light', theme: 'light' }), recordingPlatform(drafts));
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 3);
    expect(drafts).toEqual([]);
    controller.dispose();
  });
});
