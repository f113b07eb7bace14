/**
 * The sample maps are what a customer sees in a demo and what other tests and the README point at,
 * so each must be valid, rich enough to exercise every part of the product, and stored in canonical
 * form so that re-saving one from the app produces no diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  EVIDENCE,
  HIDDEN_LANE_KINDS,
  LEVELS,
  parseMapBytes,
  serializeMap,
  type LaneKind,
  type Locale,
  type MapDocument,
  type Template,
} from '../../src/model';

const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
const BLUEPRINT_LANES: readonly LaneKind[] = ['evidence', 'customer', 'frontstage', 'backstage', 'support'];

const sampleFiles = readdirSync(SAMPLES_DIR)
  .filter((name) => name.endsWith('.tpmap.json'))
  .sort();

function load(name: string): { text: string; map: MapDocument } {
  const bytes = readFileSync(join(SAMPLES_DIR, name));
  const result = parseMapBytes(new Uint8Array(bytes));
  if (!result.ok) throw new Error(`${name} is invalid: ${JSON.stringify(result.problems)}`);
  return { text: bytes.toString('utf8'), map: result.map };
}

function laneKindOf(map: MapDocument, touchpointId: string): LaneKind | undefined {
  const touchpoint = map.touchpoints.find((t) => t.id === touchpointId);
  return map.lanes.find((l) => l.id === touchpoint?.lane)?.kind;
}

const painPoints = (map: MapDocument) => map.touchpoints.flatMap((t) => t.painPoints ?? []);

describe('samples/', () => {
  it('holds the three demo maps the product ships with', () => {
    expect(sampleFiles).toEqual(
      expect.arrayContaining(['car-dealer-aftersales.tpmap.json', 'haidilao-hotpot-dinner.tpmap.json', 'hotel-stay.tpmap.json']),
    );
  });

  it('describes every sample in its README', () => {
    const readme = readFileSync(join(SAMPLES_DIR, 'README.md'), 'utf8');
    for (const name of sampleFiles) expect(readme).toContain(name);
  });

  const expected: Record<string, { locale: Locale; template: Template }> = {
    'haidilao-hotpot-dinner.tpmap.json': { locale: 'zh-CN', template: 'journey' },
    'car-dealer-aftersales.tpmap.json': { locale: 'zh-CN', template: 'blueprint' },
    'hotel-stay.tpmap.json': { locale: 'en', template: 'blueprint' },
  };

  it.each(Object.entries(expected))('%s has the locale and template of its case', (name, { locale, template }) => {
    const { map } = load(name);
    expect(map.locale).toBe(locale);
    expect(map.template).toBe(template);
    if (template === 'blueprint') {
      expect(map.lanes.map((l) => l.kind)).toEqual(BLUEPRINT_LANES);
    }
  });

  describe.each(sampleFiles)('%s', (name) => {
    it('validates', () => {
      const result = parseMapBytes(new Uint8Array(readFileSync(join(SAMPLES_DIR, name))));
      expect(result.ok ? [] : result.problems).toEqual([]);
    });

    it('is stored in canonical serialized form', () => {
      const { text, map } = load(name);
      expect(serializeMap(map)).toBe(text);
    });

    it('is rich enough to demo: 5+ stages, 4+ lanes, 20+ touchpoints, every service level', () => {
      const { map } = load(name);
      expect(map.stages.length).toBeGreaterThanOrEqual(5);
      expect(map.lanes.length).toBeGreaterThanOrEqual(4);
      expect(map.touchpoints.length).toBeGreaterThanOrEqual(20);
      const levels = [...new Set(map.touchpoints.map((t) => t.level))];
      for (const level of LEVELS) expect(levels, `level ${level}`).toContain(level);
      expect(levels, 'some touchpoint left untagged').toContain(undefined);
      for (const stage of map.stages) {
        expect(map.touchpoints.some((t) => t.stage === stage.id), `stage ${stage.name} has touchpoints`).toBe(true);
      }
    });

    it('traces pain felt by the customer to causes below the line of visibility', () => {
      const { map } = load(name);
      const hiddenCauses = painPoints(map).filter((p) => {
        const kind = p.causedBy === undefined ? undefined : laneKindOf(map, p.causedBy);
        return kind !== undefined && HIDDEN_LANE_KINDS.includes(kind);
      });
      expect(hiddenCauses.length).toBeGreaterThanOrEqual(1);
    });

    it('has pain points of several severities and categories, and a recovery-only remedy set', () => {
      const { map } = load(name);
      const pains = painPoints(map);
      expect(new Set(pains.map((p) => p.severity)).size).toBeGreaterThanOrEqual(3);
      expect(new Set(pains.map((p) => p.category)).size).toBeGreaterThanOrEqual(4);
      const recoveryOnly = pains.filter((p) => (p.remedies ?? []).length > 0 && p.remedies!.every((r) => r.tier === 'recover'));
      expect(recoveryOnly.length).toBeGreaterThanOrEqual(1);
    });

    it('links the customer lane as a flow and backstage/support steps to the frontstage', () => {
      const { map } = load(name);
      const links = map.links ?? [];
      const flows = links.filter((k) => k.kind === 'flow');
      expect(flows.length).toBeGreaterThanOrEqual(4);
      for (const k of flows) {
        expect([laneKindOf(map, k.from), laneKindOf(map, k.to)]).toEqual(['customer', 'customer']);
      }
      const supports = links.filter((k) => k.kind === 'support');
      expect(supports.length).toBeGreaterThanOrEqual(2);
      for (const k of supports) {
        expect(HIDDEN_LANE_KINDS).toContain(laneKindOf(map, k.from));
        expect(laneKindOf(map, k.to)).toBe('frontstage');
      }
    });

    it('measures what it claims and says how the team knows it', () => {
      const { map } = load(name);
      const waits = map.touchpoints.filter((t) => t.waitPoint === true);
      expect(waits.length).toBeGreaterThanOrEqual(1);
      for (const t of waits) expect(t.metrics?.waitMinutes, t.title).toBeDefined();
      expect(map.touchpoints.some((t) => t.failPoint === true)).toBe(true);
      expect(map.touchpoints.filter((t) => t.metrics?.complaints !== undefined).length).toBeGreaterThanOrEqual(2);
      expect(map.touchpoints.some((t) => t.metrics?.nps !== undefined)).toBe(true);
      const evidence = map.touchpoints.map((t) => t.evidence);
      for (const kind of EVIDENCE) expect(evidence, `evidence ${kind}`).toContain(kind);
      expect((map.personas ?? []).length).toBeGreaterThanOrEqual(1);
    });
  });

  it('shows "100 − 1 = 0" in at least two samples: a critical pain point', () => {
    const withCritical = sampleFiles.filter((name) => painPoints(load(name).map).some((p) => p.severity === 'critical'));
    expect(withCritical.length).toBeGreaterThanOrEqual(2);
  });
});
