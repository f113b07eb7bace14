import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeMap, type MapDocument } from '../../../src/model';
import { buildMap } from '../analysis/build-map';
import { cli, withTempDir } from './helpers';

/** A journey with a warning (basic service) and an error (a critical pain point zeroes its stage). */
const failing = (): MapDocument =>
  buildMap({
    stages: ['Arrive', 'Eat'],
    touchpoints: [
      { id: 'door', stage: 's1', title: 'Greeting at the door', level: 'basic' },
      { id: 'rice', stage: 's2', title: 'Bowl of rice', level: 'satisfactory', painPoints: [{ id: 'bug', title: 'Something in the rice', severity: 'critical' }] },
    ],
  });

/** A journey with only warnings and notes: a wait point nobody measures, no loyalty moment. */
const warningsOnly = (): MapDocument =>
  buildMap({ touchpoints: [{ id: 'queue', title: 'Queue for a table', level: 'satisfactory', waitPoint: true }] });

const clean = (): MapDocument =>
  buildMap({ touchpoints: [{ id: 'cloth', title: 'Glasses cloth', level: 'memorable', emotion: 3, metrics: { nps: 62 } }], stages: ['Eat'] });

async function withMapFile<T>(map: MapDocument | string, fn: (file: string) => Promise<T>): Promise<T> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'journey.tpmap.json');
    await writeFile(file, typeof map === 'string' ? map : serializeMap(map));
    return fn(file);
  });
}

describe('touchpoint check', () => {
  it('prints one line per finding — severity, rule id, message — and exits 1 when one is an error', async () => {
    await withMapFile(failing(), async (file) => {
      const run = await cli(['check', file]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      const lines = run.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^error\s+hundred-minus-one\s+Stage "Eat" scores 0 because of the critical pain point "Something in the rice"/);
      expect(lines[1]).toMatch(/^warning\s+no-team-remedy\s+1 high or critical pain point\(s\) have no remedy from the team yet: "Something in the rice"/);
      expect(lines).toContainEqual(expect.stringMatching(/^warning\s+below-baseline\s+Basic service only, below the satisfactory baseline, in "Arrive" at "Greeting at the door"/));
      expect(lines.at(-1)).toBe(`${file}: 1 error(s), 5 warning(s), 0 note(s)`);
    });
  });

  it('exits 0 when the findings are only warnings and notes', async () => {
    await withMapFile(warningsOnly(), async (file) => {
      const run = await cli(['check', file]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('unowned-wait');
      expect(run.stdout).toContain('no-loyalty-moment');
    });
  });

  it('says so when there is nothing to report', async () => {
    await withMapFile(clean(), async (file) => {
      const run = await cli(['check', file]);
      expect(run).toEqual({ code: 0, stdout: `${file}: no findings\n`, stderr: '' });
    });
  });

  it('prints a JSON array of { rule, severity, ids, message } with --json', async () => {
    await withMapFile(failing(), async (file) => {
      const run = await cli(['check', file, '--json']);
      expect(run.code).toBe(1);
      const out = JSON.parse(run.stdout) as unknown[];
      expect(out.map((f) => Object.keys(f as object).sort())).toEqual(out.map(() => ['ids', 'message', 'rule', 'severity']));
      expect(out).toContainEqual({
        rule: 'hundred-minus-one',
        severity: 'error',
        ids: ['s2', 'bug'],
        message: 'Stage "Eat" scores 0 because of the critical pain point "Something in the rice": 100 − 1 = 0 — one failure wipes out all the good work before it.',
      });
      expect(out.map((f) => (f as { rule: string }).rule)).toEqual([
        'hundred-minus-one',
        'no-team-remedy',
        'pain-without-cause',
        'below-baseline',
        'no-loyalty-moment',
        'no-voice-of-customer',
      ]);
    });
  });

  it('writes the messages in Chinese with --lang zh-CN', async () => {
    await withMapFile(failing(), async (file) => {
      const run = await cli(['check', file, '--json', '--lang', 'zh-CN'], 'zh-CN');
      const out = JSON.parse(run.stdout) as { rule: string; message: string }[];
      expect(out[0]!.message).toBe('阶段“Eat”因致命痛点“Something in the rice”得分为 0：一百减一等于零，一次失误就抹掉了之前所有的努力。');
      const human = await cli(['check', file, '--lang', 'zh-CN'], 'zh-CN');
      expect(human.stdout.split('\n')[0]).toMatch(/^错误\s+hundred-minus-one\s+阶段“Eat”/);
    });
  });

  it('exits 2 when the file is missing, not JSON, or not a valid map', async () => {
    await withTempDir(async (dir) => {
      const missing = await cli(['check', join(dir, 'nope.tpmap.json')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no such file');
      expect(missing.stdout).toBe('');
    });
    await withMapFile('{ "format": ', async (file) => {
      const run = await cli(['check', file, '--json']);
      expect(run.code).toBe(2);
      // Scripts get an error object on stdout instead of the list of findings.
      expect(JSON.parse(run.stdout)).toMatchObject({ error: { file, readable: false, problems: [{ code: 'json-syntax' }] } });
    });
    await withMapFile(JSON.stringify({ ...failing(), stages: 'none' }), async (file) => {
      const run = await cli(['check', file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(file);
    });
  });

  it('asks for exactly one file and shows its help', async () => {
    const none = await cli(['check']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('name exactly one map file; try: touchpoint check --help\n');
    const help = await cli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
  });

  it('has a one-line summary in both languages for the command list', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/check .*100 − 1 = 0/);
    expect((await cli(['--help'], 'zh-CN')).stdout).toMatch(/check .*一百减一等于零/);
  });
});
