import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeMap, type MapDocument } from '../../../src/model';
import { buildMap } from '../analysis/build-map';
import { cli, withTempDir } from './helpers';

const asIs = (): MapDocument =>
  buildMap({
    stages: ['Arrive', 'Eat'],
    touchpoints: [
      { id: 'door', stage: 's1', title: 'Greeting at the door', level: 'satisfactory' },
      { id: 'rice', stage: 's2', title: 'Bowl of rice', level: 'satisfactory', painPoints: [{ id: 'cold', title: 'Rice arrives cold', severity: 'medium' }] },
    ],
  });

/** Better: the cold rice is fixed and the greeting became memorable. */
const improved = (): MapDocument => {
  const map = structuredClone(asIs());
  map.touchpoints[0]!.level = 'memorable';
  map.touchpoints[1]!.painPoints = undefined;
  return map;
};

/** Worse: a critical pain point zeroes "Eat". */
const worse = (): MapDocument => {
  const map = structuredClone(asIs());
  map.touchpoints[1]!.painPoints = [{ id: 'bug', title: 'Something in the rice', severity: 'critical' }];
  return map;
};

async function withFiles<T>(maps: Record<string, MapDocument | string>, fn: (path: (name: string) => string) => Promise<T>): Promise<T> {
  return withTempDir(async (dir) => {
    for (const [name, map] of Object.entries(maps)) await writeFile(join(dir, name), typeof map === 'string' ? map : serializeMap(map));
    return fn((name) => join(dir, name));
  });
}

describe('touchpoint diff', () => {
  it('exits 0 and says so when nothing changed', async () => {
    await withFiles({ 'a.tpmap.json': asIs(), 'b.tpmap.json': asIs() }, async (f) => {
      const run = await cli(['diff', f('a.tpmap.json'), f('b.tpmap.json')]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('no changes');
    });
  });

  it('exits 1 when something changed, listing regressions first', async () => {
    await withFiles({ 'a.tpmap.json': asIs(), 'b.tpmap.json': worse() }, async (f) => {
      const run = await cli(['diff', f('a.tpmap.json'), f('b.tpmap.json')]);
      expect(run.code).toBe(1);
      const lines = run.stdout.split('\n');
      expect(lines[0]).toMatch(/\d+ changes, \d+ regressions$/);
      expect(lines[2]).toBe('Regressions');
      expect(run.stdout).toContain('! New pain point "Something in the rice" (Critical) at "Bowl of rice"');
      expect(run.stdout).toContain('! Stage "Eat": score');
      expect(run.stdout).toContain('- Pain point "Rice arrives cold" (Medium) at "Bowl of rice" resolved');
    });
  });

  it('with --fail-on regression exits 0 for an improvement and 1 for a regression', async () => {
    await withFiles({ 'a.tpmap.json': asIs(), 'good.tpmap.json': improved(), 'bad.tpmap.json': worse() }, async (f) => {
      expect((await cli(['diff', f('a.tpmap.json'), f('good.tpmap.json'), '--fail-on', 'regression'])).code).toBe(0);
      expect((await cli(['diff', f('a.tpmap.json'), f('good.tpmap.json')])).code).toBe(1);
      expect((await cli(['diff', f('a.tpmap.json'), f('bad.tpmap.json'), '--fail-on=regression'])).code).toBe(1);
    });
  });

  it('writes JSON with a message, a section and a regression flag per change', async () => {
    await withFiles({ 'a.tpmap.json': asIs(), 'b.tpmap.json': improved() }, async (f) => {
      const run = await cli(['diff', f('a.tpmap.json'), f('b.tpmap.json'), '--json']);
      const out = JSON.parse(run.stdout) as { regressions: number; changes: { kind: string; section: string; regression: boolean; message: string }[] };
      expect(out.regressions).toBe(0);
      expect(out.changes).toContainEqual(
        expect.objectContaining({ kind: 'level-changed', id: 'door', verdict: 'became-loyalty-moment', section: 'touchpoints', regression: false }),
      );
      expect(out.changes.find((c) => c.kind === 'level-changed')!.message).toBe('"Greeting at the door": level Satisfactory → Memorable — became a loyalty moment');
    });
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    await withFiles({ 'a.tpmap.json': asIs(), 'b.tpmap.json': improved() }, async (f) => {
      const run = await cli(['diff', f('a.tpmap.json'), f('b.tpmap.json')], 'zh-CN');
      expect(run.stdout).toContain('“Greeting at the door”：服务层次 满意 → 难忘——成为培养忠诚的时刻');
      expect(run.stdout.split('\n')[0]).toMatch(/处变化，其中 0 处退步$/);
    });
  });

  it('exits 2 naming the file when one is missing, not JSON, or not a valid map', async () => {
    await withFiles({ 'a.tpmap.json': asIs(), 'junk.tpmap.json': '\u0000\u0001binary', 'bad.tpmap.json': '{"format":"touchpoint-studio/map","version":1}' }, async (f) => {
      const missing = await cli(['diff', f('a.tpmap.json'), f('nope.tpmap.json')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('nope.tpmap.json: no such file');
      const junk = await cli(['diff', f('junk.tpmap.json'), f('a.tpmap.json')]);
      expect(junk.code).toBe(2);
      expect(junk.stderr).toContain('junk.tpmap.json');
      const invalid = await cli(['diff', f('a.tpmap.json'), f('bad.tpmap.json')]);
      expect(invalid.code).toBe(2);
      expect(invalid.stderr).toMatch(/bad\.tpmap\.json: .*title/);
    });
  });

  it('refuses one file, or an unknown --fail-on value, with a usage message', async () => {
    expect((await cli(['diff', 'a.tpmap.json'])).stderr).toContain('name two map files');
    const run = await cli(['diff', 'a', 'b', '--fail-on', 'anything']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fail-on takes "regression"');
  });
});
