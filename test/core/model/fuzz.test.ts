/** A few hundred cases of the fuzz tier (test/fuzz/) in every run, and every saved failure replayed. */
import { describe, expect, it } from 'vitest';
import { checkInput, fuzz, regressionFixtures, tooSlow } from '../../fuzz/harness';

describe('fuzzed maps through the reader and the command line', () => {
  it('300 mutated samples: no internal error, no invalid JSON, each under 2 s', { timeout: 300_000 }, async () => {
    const figures = await fuzz(300, 1);
    expect(figures.failures).toEqual([]);
  });

  for (const { name, bytes } of regressionFixtures()) {
    it(`replays ${name}`, async () => {
      expect(tooSlow(await checkInput(bytes))).toBe(false);
    });
  }
});
