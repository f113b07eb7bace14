/**
 * The prevention-first knowledge base, written from the seeds and standard service-recovery practice. One
 * file per category under knowledge-base/ (each holds its prevent, detect and recover entries), plus
 * `any.ts` for the entries every category shares, and `topics.ts` for a subject the pain names in its words. To extend it, add an entry with the narrowest conditions
 * that make it true (types.ts), a measure and, where a seed motivates it, a fact; the matcher ranks it by
 * how specific it is. `any.ts` keeps unconditional entries in every tier, so every pain point gets all three.
 */
import { ANY } from './knowledge-base/any';
import { CAUSE_KIND_ENTRIES } from './knowledge-base/cause-kinds';
import { COMPLAINT_HANDLING } from './knowledge-base/complaint-handling';
import { ENVIRONMENT } from './knowledge-base/environment';
import { INFORMATION } from './knowledge-base/information';
import { OTHER } from './knowledge-base/other';
import { PRICE } from './knowledge-base/price';
import { PROCESS } from './knowledge-base/process';
import { PRODUCT } from './knowledge-base/product';
import { STAFF } from './knowledge-base/staff';
import { TOPIC_ENTRIES } from './knowledge-base/topics';
import { WAITING } from './knowledge-base/waiting';
import type { KnowledgeEntry } from './types';

export const KNOWLEDGE_BASE: readonly KnowledgeEntry[] = [
  ...TOPIC_ENTRIES,
  ...STAFF,
  ...WAITING,
  ...PRODUCT,
  ...PRICE,
  ...INFORMATION,
  ...ENVIRONMENT,
  ...PROCESS,
  ...COMPLAINT_HANDLING,
  ...OTHER,
  ...CAUSE_KIND_ENTRIES,
  ...ANY,
];
