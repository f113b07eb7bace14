import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/model';
import { FIXTURES, goldenText, readMap, readSample, SAMPLES } from './review';

/**
 * What the suggestions choose for each pain point of the samples and of a map written apart from them, in both
 * languages. A change to the knowledge base or the matcher shows here as a readable diff to review.
 */
describe('chosen suggestions (golden files)', () => {
  for (const name of [...SAMPLES, 'laptop-aftersales', 'bank-account-opening', ...FIXTURES]) {
    for (const locale of LOCALES) {
      it(`${name} in ${locale}`, async () => {
        const map = (SAMPLES as readonly string[]).includes(name) ? readSample(name) : readMap(`../../fixtures/${name}.tpmap.json`);
        await expect(goldenText(map, locale)).toMatchFileSnapshot(`golden/${name}.${locale}.txt`);
      });
    }
  }
});
