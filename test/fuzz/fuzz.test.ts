/**
 * `npm run fuzz`: 10 000 seeded cases (FUZZ_CASES, FUZZ_SEED to change), with the figures the issue
 * asks for. The normal suite runs a few hundred of the same cases from test/core/model/fuzz.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fuzz } from './harness';

const CASES = Number(process.env['FUZZ_CASES'] ?? 10_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_204);

describe('fuzz tier', () => {
  it(`${CASES} mutated samples: no internal error, each under 2 s`, { timeout: 3_600_000 }, async () => {
    const figures = await fuzz(CASES, SEED);
    console.log(
      `fuzz: ${figures.cases} cases (seed ${SEED}), ${figures.failures.length} failures, max ${figures.maxMs.toFixed(0)} ms a case, ` +
        `max heap growth ${figures.maxHeapMb.toFixed(0)} MB a case, max RSS ${figures.maxRssMb.toFixed(0)} MB`,
    );
    expect(figures.failures).toEqual([]);
  });
});
