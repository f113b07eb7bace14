import { describe, expect, it } from 'vitest';
import { CATEGORIES, LOCALES, TIERS } from '../../../src/model';
import { FACTS, KNOWLEDGE_BASE, MEASURES, type KnowledgeEntry } from '../../../src/suggestions';
import { ADDRESSES_STAFF, FACE_TO_FACE, FOLLOW_UP_CALL, PROMISES_A_TIME } from './wording';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const namesCause = (e: KnowledgeEntry) =>
  e.when.hasCause === true || e.when.causeLanes !== undefined || e.when.causeActors !== undefined || e.when.causeKinds !== undefined || (e.when.causePositions !== undefined && !e.when.causePositions.includes('none'));
/** Which condition makes each placeholder fillable. */
const FILLED_WHEN: Record<string, (e: KnowledgeEntry) => boolean> = {
  painPoint: () => true,
  touchpoint: () => true,
  stage: () => true,
  owner: () => true,
  cause: namesCause,
  causeOwner: namesCause,
  earlierStage: (e) => e.when.earlierStage === true,
  wait: (e) => e.when.metrics?.includes('wait') === true,
  csat: (e) => e.when.metrics?.includes('csat') === true,
  nps: (e) => e.when.metrics?.includes('nps') === true,
};
const texts = (e: KnowledgeEntry) => [e.title.en, e.text.en, e.title['zh-CN'], e.text['zh-CN']];

describe('the knowledge base', () => {
  it('has unique, stable ids of the form tier.category.slug', () => {
    const ids = KNOWLEDGE_BASE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of KNOWLEDGE_BASE) {
      const [tier, category, slug] = e.id.split('.');
      expect(tier).toBe(e.tier);
      expect([...CATEGORIES, 'any']).toContain(category);
      expect(slug).toMatch(/^[a-z0-9-]+$/);
      if (category !== 'any') expect(e.when.categories).toEqual([category]);
    }
  });

  it('has at least eight entries written for each category in each tier', () => {
    for (const category of CATEGORIES) {
      for (const tier of TIERS) {
        const count = KNOWLEDGE_BASE.filter((e) => e.tier === tier && e.when.categories?.includes(category)).length;
        expect(count, `${tier} × ${category}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('keeps unconditional entries in every tier, so no pain point goes without one', () => {
    for (const tier of TIERS) {
      expect(KNOWLEDGE_BASE.filter((e) => e.tier === tier && Object.keys(e.when).length === 0).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('writes every entry in both languages, without empty strings, in one quotation style', () => {
    const cjk = /[\u3400-\u9fff]/;
    for (const e of KNOWLEDGE_BASE) {
      const [titleEn, textEn, titleZh, textZh] = texts(e);
      for (const t of [titleEn!, textEn!, titleZh!, textZh!]) expect(t.trim().length).toBeGreaterThan(3);
      expect(titleEn! + textEn!).not.toMatch(cjk);
      expect(titleZh! + textZh!).toMatch(cjk);
      // Names arrive quoted (“…”), so the texts never quote a placeholder themselves, nor use straight quotes.
      for (const t of texts(e)) {
        expect(t).not.toMatch(/["「」『』]/);
        expect(t).not.toMatch(/[“"]\{|\}[”"]/);
      }
    }
  });

  it('uses only placeholders the matcher can fill, the same ones in both languages, under the condition that fills them', () => {
    for (const e of KNOWLEDGE_BASE) {
      for (const field of [e.title, e.text]) {
        const used = placeholders(field.en);
        expect(new Set(placeholders(field['zh-CN'])), e.id).toEqual(new Set(used));
        for (const p of used) {
          expect(FILLED_WHEN[p], `${e.id}: {${p}}`).toBeDefined();
          expect(FILLED_WHEN[p]!(e), `${e.id}: {${p}} needs its condition`).toBe(true);
        }
      }
    }
  });

  it('builds each sentence around a name, so a noun phrase and a verb phrase both read (“the step …”, “……这一环节”)', () => {
    for (const e of KNOWLEDGE_BASE) {
      for (const en of [e.title.en, e.text.en]) {
        for (const m of en.matchAll(/\{(touchpoint|cause)\}/g)) expect(en.slice(0, m.index), e.id).toMatch(/step $/i);
        for (const m of en.matchAll(/\{(stage|earlierStage)\}/g)) expect(en.slice(m.index + m[0].length), e.id).toMatch(/^ stage/);
      }
      for (const zh of [e.title['zh-CN'], e.text['zh-CN']]) {
        for (const m of zh.matchAll(/\{touchpoint\}/g)) expect(zh.slice(m.index + m[0].length), e.id).toMatch(/^这(一|次)/);
        for (const m of zh.matchAll(/\{cause\}/g)) expect(zh.slice(m.index + m[0].length), e.id).toMatch(/^这一环节/);
        for (const m of zh.matchAll(/\{(stage|earlierStage)\}/g)) expect(zh.slice(m.index + m[0].length), e.id).toMatch(/^阶段/);
      }
    }
  });

  it('says how to know it worked, and cites facts that exist in every language', () => {
    for (const e of KNOWLEDGE_BASE) {
      for (const locale of LOCALES) {
        expect(MEASURES[e.measure][locale].length).toBeGreaterThan(10);
        if (e.fact !== undefined) expect(FACTS[e.fact][locale].length).toBeGreaterThan(10);
      }
    }
  });

  describe('cannot be wrong by construction', () => {
    it('speaks to staff only where the step it acts on is staffed', () => {
      for (const e of KNOWLEDGE_BASE.filter((e) => texts(e).some((t) => ADDRESSES_STAFF.test(t)))) {
        const actors = e.target === 'cause' ? e.when.causeActors : e.when.actors;
        expect(actors, e.id).toEqual(['staff']);
      }
    });

    it('offers in-person gestures only on an in-person channel', () => {
      for (const e of KNOWLEDGE_BASE.filter((e) => texts(e).some((t) => FACE_TO_FACE.test(t)))) {
        expect(e.when.channelModes, e.id).toEqual(['in-person']);
      }
    });

    it('promises a time only where the answer is slow, never where nobody answers', () => {
      for (const e of KNOWLEDGE_BASE.filter((e) => texts(e).some((t) => PROMISES_A_TIME.test(t)))) {
        expect(e.when.failures, e.id).toEqual(['slow']);
      }
    });

    it('never answers a failed follow-up with a call back', () => {
      for (const e of KNOWLEDGE_BASE.filter((e) => texts(e).some((t) => FOLLOW_UP_CALL.test(t)))) {
        expect(e.when.atFollowUp, e.id).toBe(false);
      }
    });

    it('never offers a call back about a letter or a parcel: nobody called', () => {
      for (const e of KNOWLEDGE_BASE.filter((e) => texts(e).some((t) => FOLLOW_UP_CALL.test(t)))) {
        const excluded = e.when.atDelivery === false || (e.when.channelModes !== undefined && !e.when.channelModes.includes('delivered'));
        expect(excluded, e.id).toBe(true);
      }
    });
  });
});
