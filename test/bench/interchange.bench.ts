/**
 * Goals from issue 14: the diff of two 2 000-touchpoint maps under 1 s; an XLSX import of 2 000 rows
 * under 2 s. Each is timed as the median of a few runs after one warm-up, as a user would feel it.
 */
import { expect, it } from 'vitest';
import { diffMaps } from '../../src/diff';
import { exportXlsx, importXlsx } from '../../src/interchange';
import type { MapDocument } from '../../src/model';
import { generateMap } from '../fixtures/generate';

function median(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]! / 1000;
}

/** A plausible next version: every tenth touchpoint retitled, every seventh levelled down, some pain points resolved. */
function nextVersion(map: MapDocument): MapDocument {
  const next = structuredClone(map);
  next.touchpoints.forEach((tp, i) => {
    if (i % 10 === 0) tp.title = `${tp.title} (revised)`;
    if (i % 7 === 0) tp.level = 'basic';
    if (i % 13 === 0) tp.painPoints = undefined;
  });
  next.stages.reverse();
  return next;
}

it('diff of two 2 000-touchpoint maps', () => {
  const before = generateMap({ touchpoints: 2000 });
  const after = nextVersion(before);
  let changes = 0;
  const seconds = median(() => (changes = diffMaps(before, after).changes.length));
  console.log(`BENCH diff 2000 touchpoints: ${seconds.toFixed(3)} s, ${changes} changes`);
  expect(seconds).toBeLessThan(1);
});

it('XLSX import of 2 000 rows', async () => {
  const bytes = await exportXlsx(generateMap({ touchpoints: 2000 }));
  await importXlsx(bytes, 'warm-up');
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = await importXlsx(bytes, 'bench');
    times.push((performance.now() - start) / 1000);
    if (result.ok) rows = result.map.touchpoints.length;
  }
  const seconds = times.sort((a, b) => a - b)[1]!;
  console.log(`BENCH xlsx import ${rows} touchpoint rows (${(bytes.length / 1000).toFixed(0)} kB, with pain points and remedies): ${seconds.toFixed(3)} s`);
  expect(rows).toBe(2000);
  expect(seconds).toBeLessThan(2);
});
