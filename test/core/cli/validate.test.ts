import { writeFile, truncate, readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, serializeMap } from '../../../src/model';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';
import { cli, withTempDir } from './helpers';

describe('touchpoint validate', () => {
  it('prints one line per valid file and exits 0', async () => {
    await withTempDir(async (dir) => {
      const a = join(dir, 'a.tpmap.json');
      const b = join(dir, 'b.tpmap.json');
      await writeFile(a, serializeMap(aftersalesMap()));
      await writeFile(b, serializeMap(minimalMap()));
      const run = await cli(['validate', a, b]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual([
        `${a}: valid (3 touchpoints, 2 stages, 3 lanes)`,
        `${b}: valid (1 touchpoints, 1 stages, 1 lanes)`,
      ]);
    });
  });

  it('exits 1 with every problem on stderr, naming file and path, and leaves the file untouched', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'broken.tpmap.json');
      const map = aftersalesMap() as Record<string, any>;
      map.touchpoints[1].level = 'excellent';
      map.links[0].to = 't99';
      const text = JSON.stringify(map, null, 2);
      await writeFile(file, text);
      const run = await cli(['validate', file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toEqual([
        `${file}: touchpoints[1].level: expected one of basic, satisfactory, value-added, memorable; got "excellent"`,
        `${file}: links[0].to: no touchpoint with id "t99"`,
      ]);
      expect(await readFile(file, 'utf8')).toBe(text);
    });
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'm.tpmap.json');
      await writeFile(file, serializeMap(aftersalesMap()));
      const run = await cli(['validate', file], 'zh-CN');
      expect(run.stdout.trim()).toBe(`${file}：有效（3 个触点，2 个阶段，3 条泳道）`);
    });
  });

  it('exits 2 for files that cannot be read or are not JSON at all, with one plain line each', async () => {
    await withTempDir(async (dir) => {
      const empty = join(dir, 'empty.tpmap.json');
      const huge = join(dir, 'huge.tpmap.json');
      const deep = join(dir, 'deep.tpmap.json');
      const binary = join(dir, 'binary.tpmap.json');
      const folder = join(dir, 'folder.tpmap.json');
      const missing = join(dir, 'missing.tpmap.json');
      await writeFile(empty, '');
      await writeFile(huge, '');
      await truncate(huge, 100 * 1024 * 1024);
      await writeFile(deep, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      await writeFile(binary, Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]));
      await mkdir(folder);
      const run = await cli(['validate', empty, huge, deep, binary, folder, missing]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        `${empty}: the file is empty`,
        `${huge}: the file is 104.9 MB; maps are limited to 20.0 MB`,
        `${deep}: line 1, column 101: nested more than 100 levels deep; a map is never that deep`,
        `${binary}: the file is not valid UTF-8 text (byte 2)`,
        `${folder}: is a folder, not a map file`,
        `${missing}: no such file`,
      ]);
      expect(run.stderr).not.toMatch(/\bat \w+ \(|Error:/);
    });
  });

  it('reports valid and invalid files together, exit code the worst', async () => {
    await withTempDir(async (dir) => {
      const good = join(dir, 'good.tpmap.json');
      const bad = join(dir, 'bad.tpmap.json');
      await writeFile(good, serializeMap(minimalMap()));
      await writeFile(bad, '{"format": "touchpoint-studio/map", "version": 1}');
      const run = await cli(['validate', good, bad]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`${good}: valid`);
      expect(run.stderr).toContain(`${bad}: title: required field is missing`);
    });
  });

  it('--json prints the problems as JSON on stdout', async () => {
    await withTempDir(async (dir) => {
      const bad = join(dir, 'bad.tpmap.json');
      const map = aftersalesMap() as Record<string, any>;
      map.touchpoints[0].painPoints[0].severity = 'huge';
      await writeFile(bad, JSON.stringify(map));
      const run = await cli(['validate', '--json', bad]);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toEqual([
        {
          file: bad,
          valid: false,
          readable: true,
          problems: [
            {
              path: 'touchpoints[0].painPoints[0].severity',
              code: 'expected-one-of',
              message: 'touchpoints[0].painPoints[0].severity: expected one of low, medium, high, critical; got "huge"',
            },
          ],
        },
      ]);
    });
  });

  it('explains usage mistakes without a stack trace', async () => {
    const none = await cli(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('name at least one map file; try: touchpoint validate --help\n');
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('unknown command "frobnicate"; try: touchpoint --help\n');
    const help = await cli(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
  });
});

describe('touchpoint --help', () => {
  it('lists every command with its summary, in either language', async () => {
    const en = await cli(['--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/validate\s+check that map files are well-formed/);
    expect(en.stdout).toMatch(/\n {2}check\s+\S/);
    const zh = await cli(['--help'], 'zh-CN');
    expect(zh.stdout).toMatch(/validate\s+检查地图文件的格式与完整性/);
  });
});

describe('touchpoint validate on report PDFs and hostile files', () => {
  it('validates the map inside a real report made by touchpoint report', async () => {
    await withTempDir(async (dir) => {
      const map = join(dir, 'm.tpmap.json');
      const pdf = join(dir, 'report.pdf');
      await writeFile(map, serializeMap(aftersalesMap()));
      const made = await cli(['report', map, '-o', pdf]);
      expect(made.code).toBe(0);
      const run = await cli(['validate', pdf]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(`${pdf}: valid (3 touchpoints, 2 stages, 3 lanes)`);

      // The same report with its embedded map made hostile: the messages a map file would get.
      const bytes = await readFile(pdf);
      const hostile = Buffer.from(bytes.toString('latin1').replace('"version": 1,', '"version": 1, "levle": 3,'), 'latin1');
      await writeFile(pdf, hostile);
      const bad = await cli(['validate', '--json', pdf]);
      expect(bad.code).toBe(1);
      expect(JSON.parse(bad.stdout)[0].problems).toEqual([{ path: 'levle', code: 'unknown-field', message: 'levle: unknown field "levle"' }]);
    });
  });

  it('says a PDF without a map is not a map, and refuses invalid UTF-8 inside the PDF as in a file', async () => {
    await withTempDir(async (dir) => {
      const plain = join(dir, 'letter.pdf');
      await writeFile(plain, '%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
      const broken = join(dir, 'broken.pdf');
      await writeFile(broken, Buffer.concat([Buffer.from('%PDF-1.7\n<tps:map>{"title": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}</tps:map>')]));
      const run = await cli(['validate', plain, broken]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        `${plain}: this PDF holds no Touchpoint Studio map; only reports exported by Touchpoint Studio carry one`,
        `${broken}: the file is not valid UTF-8 text (byte 29)`,
      ]);
      const zh = await cli(['validate', plain], 'zh-CN');
      expect(zh.stderr.trim()).toBe(`${plain}: 此 PDF 中没有 Touchpoint Studio 地图；只有 Touchpoint Studio 导出的报告才带有地图`);
    });
  });

  it('--json prints valid JSON for every refused input, with exit 1 or 2', async () => {
    await withTempDir(async (dir) => {
      const files = {
        empty: '',
        syntax: '{"format": ',
        deep: `${'['.repeat(5000)}${']'.repeat(5000)}`,
        huge: `{"format":"touchpoint-studio/map","version":1,"title":"x","stages":[],"lanes":[],"touchpoints":[${'{},'.repeat(LIMITS.touchpoints)}{}]}`,
        crasher: JSON.stringify({ ...minimalMap(), touchpoints: [{ id: 't1', stage: 's1', lane: 'l1', title: 'x', painPoints: [{ id: 'p', title: 'p', severity: 'low', remedies: Array.from({ length: 124_000 }, () => ({ tier: 'x' })) }] }] }),
        array: '[1, 2, 3]',
      };
      const paths: string[] = [];
      for (const [name, text] of Object.entries(files)) {
        const path = join(dir, `${name}.tpmap.json`);
        await writeFile(path, text);
        paths.push(path);
      }
      paths.push(join(dir, 'missing.tpmap.json'));
      const run = await cli(['validate', '--json', ...paths]);
      expect([1, 2]).toContain(run.code);
      const reports = JSON.parse(run.stdout) as { file: string; valid: boolean; problems: { message: string }[]; message?: string }[];
      expect(reports.map((r) => r.valid)).toEqual(paths.map(() => false));
      expect(reports[3]!.problems[0]!.message).toBe('touchpoints: 20 001 items, the limit is 20 000');
      expect(reports[4]!.problems[0]!.message).toBe('touchpoints[0].painPoints[0].remedies: 124 000 items, the limit is 50');
      expect(reports[6]!.message).toBe(`${paths[6]}: no such file`);

      for (const path of paths) {
        const check = await cli(['check', '--json', path]);
        expect(check.code).toBe(2);
        expect(JSON.parse(check.stdout)).toMatchObject({ error: { file: path, valid: false } });
      }
    });
  });

  it('--json prints a JSON error for a usage mistake', async () => {
    const run = await cli(['check', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'usage' } });
  });
});
