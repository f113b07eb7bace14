/**
 * The prevention-first knowledge base, written from the seeds (DOMAIN.md §2, §5). One array of entries,
 * one file per tier under knowledge-base/; the facts they cite are in facts.ts. To extend it, add an
 * entry to the tier's file: give it conditions (types.ts) and the matcher ranks it by how specific it is.
 * Each tier keeps at least three unconditional entries, so every pain point gets all three tiers.
 */
import { DETECT } from './knowledge-base/detect';
import { PREVENT } from './knowledge-base/prevent';
import { RECOVER } from './knowledge-base/recover';
import type { KnowledgeEntry } from './types';

export const KNOWLEDGE_BASE: readonly KnowledgeEntry[] = [...PREVENT, ...DETECT, ...RECOVER];
