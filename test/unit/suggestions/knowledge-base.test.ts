import { describe, expect, it } from 'vitest';
import { LOCALES, TIERS } from '../../../src/model';
import { FACTS, KNOWLEDGE_BASE } from '../../../src/suggestions';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const KNOWN = new Set(['painPoint', 'touchpoint', 'stage', 'cause', 'earlierStage']);

describe('the knowledge base', () => {
  it('has unique ids, each prefixed with its tier', () => {
    const ids = KNOWLEDGE_BASE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of KNOWLEDGE_BASE) expect(e.id.startsWith(`${e.tier}.`)).toBe(true);
  });

  it('keeps at least three unconditional entries per tier, so no pain point goes without a tier', () => {
    for (const tier of TIERS) {
      expect(KNOWLEDGE_BASE.filter((e) => e.tier === tier && Object.keys(e.when).length === 0).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses only placeholders the matcher can fill, and the same ones in both languages', () => {
    for (const e of KNOWLEDGE_BASE) {
      for (const field of [e.title, e.text]) {
        const used = placeholders(field.en);
        expect(new Set(placeholders(field['zh-CN']))).toEqual(new Set(used));
        for (const p of used) expect(KNOWN.has(p!)).toBe(true);
        if (used.includes('cause')) expect(e.when.hasCause ?? e.when.causeLanes).toBeTruthy();
        if (used.includes('earlierStage')) expect(e.when.earlierStage).toBe(true);
      }
    }
  });

  it('cites facts that exist in every language', () => {
    for (const e of KNOWLEDGE_BASE) {
      if (e.fact === undefined) continue;
      for (const locale of LOCALES) expect(FACTS[e.fact][locale].length).toBeGreaterThan(10);
    }
  });

});
