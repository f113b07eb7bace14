/**
 * Times `touchpoint report` the way a user runs it (the built command, one process per map) on the
 * samples and on generated maps of 200 and 2 000 touchpoints: wall time, peak memory (GNU time's
 * maximum resident set) and file size. Goals from issue 3: 200 touchpoints under 2 s and 1.5 MB,
 * 2 000 under 15 s; from issue 10: a Chinese report of about 30 touchpoints under 1 s and 300 KB;
 * from issue 15: 5 000 and 10 000 touchpoints and the largest grid a map may hold (1 000 × 20 empty
 * cells) under 30 s, and 20 000 touchpoints (REPORT_BENCH_LARGE=1, a separate run) refused at once.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { serializeMap, type Locale } from '../../src/model';
import { generateMap } from '../fixtures/generate';
import { withTempDir } from '../core/cli/helpers';

const run = promisify(execFile);
const CLI = join(process.cwd(), 'out/main/cli.js');

interface Row {
  map: string;
  touchpoints: number;
  seconds: number;
  /** User + system CPU seconds: steadier than wall time when the machine is shared and busy. */
  cpuSeconds: number;
  peakMb: number;
  sizeMb: number;
  goal?: { seconds: number; sizeMb?: number };
}

async function measure(file: string, out: string): Promise<{ seconds: number; cpuSeconds: number; peakMb: number; sizeMb: number }> {
  const { stderr } = await run('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', process.execPath, CLI, 'report', file, '-o', out], { maxBuffer: 1 << 24 });
  const match = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
  if (!match) throw new Error(`no timing in: ${stderr}`);
  return {
    seconds: Number(match[1]),
    cpuSeconds: Number(match[3]) + Number(match[4]),
    peakMb: Number(match[2]) / 1024,
    sizeMb: (await stat(out)).size / 1_000_000,
  };
}

it.runIf(existsSync(CLI))('report benchmark', async () => {
  const rows: Row[] = [];
  await withTempDir(async (dir) => {
    for (const name of (await readdir('samples')).filter((f) => f.endsWith('.tpmap.json')).sort()) {
      const file = join('samples', name);
      const touchpoints = (JSON.parse(await readFile(file, 'utf8')) as { touchpoints: unknown[] }).touchpoints.length;
      // Issue 10's goal for a Chinese report of about 30 touchpoints.
      const chinese = JSON.parse(await readFile(file, 'utf8')) as { locale?: string };
      const goal = chinese.locale === 'zh-CN' ? { seconds: 1, sizeMb: 0.3 } : undefined;
      rows.push({ map: name, touchpoints, ...(goal ? { goal } : {}), ...(await measure(file, join(dir, `${name}.pdf`))) });
    }
    const generated: [number, Locale, Row['goal']][] = [
      [200, 'en', { seconds: 2, sizeMb: 1.5 }],
      [200, 'zh-CN', { seconds: 2, sizeMb: 1.5 }],
      [2000, 'en', { seconds: 15 }],
      [2000, 'zh-CN', { seconds: 15 }],
      [5000, 'en', { seconds: 30 }],
      [10_000, 'en', { seconds: 30 }],
    ];
    for (const [touchpoints, locale, goal] of generated) {
      const file = join(dir, `generated-${touchpoints}-${locale}.tpmap.json`);
      await writeFile(file, serializeMap(generateMap({ touchpoints, locale })));
      rows.push({ map: `generated ${locale}`, touchpoints, goal, ...(await measure(file, `${file}.pdf`)) });
    }
    const grid = generateMap({ touchpoints: 0, locale: 'en' });
    grid.stages = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i + 1}` }));
    grid.lanes = grid.lanes.concat(Array.from({ length: 20 - grid.lanes.length }, (_, i) => ({ id: `extra${i}`, name: `Lane ${i}` })));
    const gridFile = join(dir, 'grid-1000x20.tpmap.json');
    await writeFile(gridFile, serializeMap(grid));
    rows.push({ map: 'empty grid 1 000 × 20', touchpoints: 0, goal: { seconds: 30 }, ...(await measure(gridFile, `${gridFile}.pdf`)) });
  });
  const lines = [
    '| map | touchpoints | wall time | CPU time | peak RSS | PDF size | goal |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => {
      const goal = r.goal ? `< ${r.goal.seconds} s${r.goal.sizeMb ? `, < ${r.goal.sizeMb} MB` : ''}` : '';
      return `| ${r.map} | ${r.touchpoints} | ${r.seconds.toFixed(2)} s | ${r.cpuSeconds.toFixed(2)} s | ${Math.round(r.peakMb)} MB | ${r.sizeMb.toFixed(2)} MB | ${goal} |`;
    }),
  ];
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
  for (const r of rows) {
    expect(r.sizeMb).toBeGreaterThan(0);
    if (r.goal?.sizeMb) expect(r.sizeMb).toBeLessThan(r.goal.sizeMb);
  }
});

it.runIf(existsSync(CLI) && process.env['REPORT_BENCH_LARGE'] === '1')('report benchmark: 20 000 touchpoints are refused at once', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'generated-20000.tpmap.json');
    await writeFile(file, serializeMap(generateMap({ touchpoints: 20_000, locale: 'en' })));
    const started = performance.now();
    const failed = await run(process.execPath, [CLI, 'report', file, '-o', join(dir, 'out.pdf')]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`\n20 000 touchpoints: refused in ${seconds.toFixed(2)} s: ${failed?.stderr.trim()}\n\n`);
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/one report covers at most 10 000 touchpoints/);
    expect(seconds).toBeLessThan(30);
  });
});
