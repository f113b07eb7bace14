import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffMaps, isRegression, levelVerdict, sameValue, type Change } from '../../../src/diff';
import { formatDiff } from '../../../src/diff/format';
import type { MapDocument, PainPoint, Touchpoint } from '../../../src/model';
import { arbMap } from '../../fixtures/arbitrary';
import { buildMap } from '../analysis/build-map';

/** Every id a change names, whatever its kind. */
function namedIds(change: Change): string[] {
  const ids: string[] = [];
  for (const key of ['id', 'painId', 'touchpointId'] as const) {
    const value = (change as Record<string, unknown>)[key];
    if (typeof value === 'string') ids.push(value);
  }
  if (change.kind === 'links-changed' || change.kind === 'personas-changed') ids.push(...change.added, ...change.removed, ...change.changed);
  return ids;
}

const withoutPains = ({ painPoints: _, ...tp }: Touchpoint) => tp;

function pains(map: MapDocument): Map<string, { pain: PainPoint; on: string }> {
  return new Map(map.touchpoints.flatMap((tp) => (tp.painPoints ?? []).map((pain) => [pain.id, { pain, on: tp.id }] as const)));
}

const before = () =>
  buildMap({
    stages: ['Arrive', 'Order', 'Wait', 'Pay'],
    touchpoints: [
      { id: 'greet', stage: 's1', title: 'Greeting at the door', level: 'satisfactory', emotion: 1 },
      { id: 'menu', stage: 's2', title: 'Menu on a tablet', level: 'satisfactory', metrics: { waitMinutes: 5 } },
      { id: 'queue', stage: 's3', title: 'Queue for a table', level: 'satisfactory', waitPoint: true, metrics: { waitMinutes: 20, csat: 70 } },
      {
        id: 'bill',
        stage: 's4',
        title: 'Bill at the table',
        level: 'value-added',
        painPoints: [{ id: 'fee', title: 'Unexpected service fee', severity: 'medium', remedies: [{ tier: 'recover', text: 'Refund at once' }] }],
      },
    ],
  });

/** A to-be version: one stage renamed, a touchpoint moved and retitled, a critical pain, a level drop, one pain resolved. */
const after = () => {
  const map = structuredClone(before());
  map.stages[1]!.name = 'Choose';
  const greet = map.touchpoints[0]!;
  greet.level = 'basic';
  const menu = map.touchpoints[1]!;
  menu.title = 'Paper menu';
  menu.stage = 's1';
  const queue = map.touchpoints[2]!;
  queue.metrics = { waitMinutes: 8, csat: 70 };
  queue.painPoints = [{ id: 'lost', title: 'Booking lost', severity: 'critical' }];
  map.touchpoints[3]!.painPoints = undefined;
  map.touchpoints.push({ id: 'gift', stage: 's4', lane: 'front', title: 'Birthday dessert', level: 'memorable' });
  return map;
};

describe('diffMaps', () => {
  it('finds nothing between a map and itself, or a copy of it', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        expect(diffMaps(map, map).changes).toEqual([]);
        expect(diffMaps(map, structuredClone(map)).changes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('reports every stage, lane, touchpoint and pain point that differs, by its id', () => {
    fc.assert(
      fc.property(arbMap, arbMap, (a, b) => {
        const reported = new Set(diffMaps(a, b).changes.flatMap(namedIds));
        const expectReported = (id: string) => expect(reported, `${id} changed but was not reported`).toContain(id);
        for (const key of ['stages', 'lanes', 'links', 'personas'] as const) {
          const old = new Map((a[key] ?? []).map((x) => [x.id, x]));
          const now = new Map((b[key] ?? []).map((x) => [x.id, x]));
          for (const id of new Set([...old.keys(), ...now.keys()])) if (!sameValue(old.get(id), now.get(id))) expectReported(id);
        }
        const oldTps = new Map(a.touchpoints.map((tp) => [tp.id, withoutPains(tp)]));
        const newTps = new Map(b.touchpoints.map((tp) => [tp.id, withoutPains(tp)]));
        for (const id of new Set([...oldTps.keys(), ...newTps.keys()])) if (!sameValue(oldTps.get(id), newTps.get(id))) expectReported(id);
        const oldPains = pains(a);
        const newPains = pains(b);
        for (const id of new Set([...oldPains.keys(), ...newPains.keys()])) if (!sameValue(oldPains.get(id), newPains.get(id))) expectReported(id);
      }),
      { numRuns: 200 },
    );
  });

  it('tells a rename from a removal, and a move from an addition', () => {
    const kinds = diffMaps(before(), after()).changes.map((c) => `${c.kind}:${'id' in c ? c.id : ''}`);
    expect(kinds).toContain('stage-renamed:s2');
    expect(kinds).toContain('touchpoint-moved:menu');
    expect(kinds).toContain('touchpoint-retitled:menu');
    expect(kinds).not.toContain('touchpoint-removed:menu');
    expect(kinds).not.toContain('stage-removed:s2');
    expect(kinds).toContain('touchpoint-added:gift');
    expect(kinds).toContain('pain-resolved:fee');
    expect(kinds).toContain('pain-added:lost');
  });

  it('reports a reorder only for the items a person moved, not those shifted by an insertion', () => {
    const a = before();
    const b = structuredClone(a);
    b.stages = [{ id: 'new', name: 'Book' }, a.stages[0]!, a.stages[2]!, a.stages[1]!, a.stages[3]!];
    const changes = diffMaps(a, b).changes.filter((c) => c.kind.startsWith('stage-') && c.kind !== 'stage-score');
    expect(changes.map((c) => c.kind).sort()).toEqual(['stage-added', 'stage-moved']);
    const moved = changes.find((c) => c.kind === 'stage-moved')!;
    expect(moved).toMatchObject({ kind: 'stage-moved' });
    expect(['s2', 's3']).toContain((moved as { id: string }).id);
  });

  it('calls out level changes in the seed’s terms', () => {
    expect(levelVerdict('satisfactory', 'basic')).toBe('fell-below-baseline');
    expect(levelVerdict(undefined, 'basic')).toBe('fell-below-baseline');
    expect(levelVerdict('satisfactory', 'memorable')).toBe('became-loyalty-moment');
    expect(levelVerdict('basic', 'satisfactory')).toBe('back-to-baseline');
    expect(levelVerdict('memorable', 'satisfactory')).toBe('lost-loyalty-moment');
    expect(levelVerdict('value-added', 'memorable')).toBeNull();
  });

  it('marks as regressions a falling stage score, a new critical pain, a new below-baseline touchpoint and a new error', () => {
    const diff = diffMaps(before(), after());
    const regressions = diff.regressions.map((c) => c.kind);
    expect(regressions).toContain('pain-added');
    expect(regressions).toContain('level-changed');
    expect(regressions).toContain('stage-score');
    expect(diff.regressions.some((c) => c.kind === 'finding-appeared' && c.finding.severity === 'error')).toBe(true);
    expect(diff.changes.filter(isRegression)).toEqual(diff.regressions);
    // The reverse direction resolves the critical pain: stage "Wait" climbs back, no error appears.
    const back = diffMaps(after(), before());
    expect(back.regressions.some((c) => c.kind === 'stage-score' && c.id === 's3')).toBe(false);
    expect(back.regressions.some((c) => c.kind === 'finding-appeared' || (c.kind === 'pain-added' && c.severity === 'critical'))).toBe(false);
  });

  it('treats a stage with no data (score null) as no regression', () => {
    const change: Change = { kind: 'stage-score', id: 's1', name: 'Arrive', from: 70, to: null };
    expect(isRegression(change)).toBe(false);
    expect(isRegression({ ...change, from: null, to: 10 })).toBe(false);
    expect(isRegression({ ...change, from: 70, to: 10 })).toBe(true);
  });

  it('reports added and removed remedies and moved metrics', () => {
    const a = before();
    const b = structuredClone(a);
    b.touchpoints[3]!.painPoints![0]!.remedies = [
      { tier: 'prevent', text: 'Print the fee on the menu' },
      { tier: 'recover', text: 'Refund at once' },
    ];
    b.touchpoints[2]!.metrics = { waitMinutes: 8, csat: 80, nps: 10 };
    const changes = diffMaps(a, b).changes;
    expect(changes).toContainEqual({ kind: 'remedy-added', painId: 'fee', pain: 'Unexpected service fee', tier: 'prevent', text: 'Print the fee on the menu' });
    expect(changes.filter((c) => c.kind === 'remedy-removed')).toEqual([]);
    const metrics = changes.filter((c) => c.kind === 'metric-changed').map((c) => [c.metric, c.from, c.to]);
    expect(metrics).toEqual([
      ['waitMinutes', 20, 8],
      ['csat', 70, 80],
      ['nps', undefined, 10],
    ]);
  });
});

describe('formatDiff', () => {
  it('puts regressions first and writes each change as a sentence (golden, English)', () => {
    const versions = { before: before(), after: after() };
    const text = formatDiff(diffMaps(versions.before, versions.after), versions, 'en')
      .map((s) => [s.title, ...s.lines.map((l) => `  ${l}`)].join('\n'))
      .join('\n');
    expect(text).toMatchSnapshot();
    expect(text.startsWith('Regressions\n')).toBe(true);
  });

  it('writes the same changes in Chinese (golden)', () => {
    const versions = { before: before(), after: after() };
    const text = formatDiff(diffMaps(versions.before, versions.after), versions, 'zh-CN')
      .map((s) => [s.title, ...s.lines.map((l) => `  ${l}`)].join('\n'))
      .join('\n');
    expect(text).toMatchSnapshot();
    expect(text).toContain('跌破服务水准线');
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
