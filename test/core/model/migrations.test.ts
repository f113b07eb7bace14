import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, migrate, parseMap } from '../../../src/model';

const v0 = () => ({
  format: 'touchpoint-studio/map',
  version: 0,
  name: 'Dinner',
  stages: [{ id: 's1', title: 'Arrive' }],
  lanes: [{ id: 'l1', title: 'Guest', type: 'customer' }],
  touchpoints: [
    { id: 't1', stage: 's1', lane: 'l1', title: 'Greeted', serviceLevel: 4, pains: [{ id: 'p1', title: 'Cold hall', severity: 'low' }] },
    { id: 't2', stage: 's1', lane: 'l1', title: 'Seated', serviceLevel: 1 },
  ],
  edges: [{ id: 'k1', source: 't1', target: 't2' }],
});

describe('migration chain', () => {
  it('has ids map/1 … map/N, each step one version up, ending at the current version', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.id).toBe(`map/${i + 1}`);
      expect(m.from).toBe(i);
      expect(m.to).toBe(i + 1);
    });
    expect(MIGRATIONS.at(-1)!.to).toBe(CURRENT_VERSION);
  });

  it('every step has a test here: v0 → v1 renames the pre-release fields', () => {
    const result = parseMap(JSON.stringify(v0()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.map).toEqual({
      format: 'touchpoint-studio/map',
      version: 1,
      title: 'Dinner',
      stages: [{ id: 's1', name: 'Arrive' }],
      lanes: [{ id: 'l1', name: 'Guest', kind: 'customer' }],
      touchpoints: [
        { id: 't1', stage: 's1', lane: 'l1', title: 'Greeted', level: 'memorable', painPoints: [{ id: 'p1', title: 'Cold hall', severity: 'low' }] },
        { id: 't2', stage: 's1', lane: 'l1', title: 'Seated', level: 'basic' },
      ],
      links: [{ id: 'k1', from: 't1', to: 't2' }],
    });
  });

  it('never mutates its input', () => {
    const input = v0();
    const snapshot = structuredClone(input);
    for (const step of MIGRATIONS) step.up(input);
    migrate(input);
    expect(input).toEqual(snapshot);
  });

  it('leaves what it does not recognise for the schema to report', () => {
    const odd = { ...v0(), touchpoints: [{ id: 't1', stage: 's1', lane: 'l1', title: 'x', serviceLevel: 9 }], edges: 'none' };
    const result = parseMap(JSON.stringify(odd));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path.join('.'))).toEqual(['touchpoints.0.serviceLevel', 'links']);
  });

  it('refuses a missing, negative or fractional version', () => {
    for (const version of [undefined, -1, 0.5, '1']) {
      const result = migrate({ format: 'touchpoint-studio/map', version });
      expect(result.ok).toBe(false);
    }
  });

  it('refuses a version newer than this build, naming it', () => {
    const result = migrate({ version: CURRENT_VERSION + 1 });
    expect(result).toEqual({
      ok: false,
      problem: { path: ['version'], code: 'version-too-new', params: { version: CURRENT_VERSION + 1, supported: CURRENT_VERSION } },
    });
  });
});
