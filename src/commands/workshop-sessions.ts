/**
 * The results of each workshop vote, kept in the map: `view.workshop.sessions`. `view` is free-form
 * in format v1, so older readers keep the file as it is; the reader here drops anything malformed.
 * Recording a session also adds its dots to the pain points' `votes`, in one undo step.
 */
import { z } from 'zod';
import type { MapDocument } from '../model';
import { base, locatePainPoint, painPointAt, assignFields } from './draft';
import { clampVotes } from './pain-points';
import { defineCommand } from './types';

/** Enough history to compare sessions; older results live on in the pain points' vote totals. */
export const MAX_KEPT_SESSIONS = 50;

const count = z.number().int().min(0).max(100_000);

export const workshopSessionSchema = z.object({
  id: z.string().min(1).max(200),
  /** When the vote closed (ISO 8601). */
  endedAt: z.string().max(40),
  dotsPerPerson: count,
  participants: count,
  /** Dots per pain point id in this session only. */
  dots: z.record(z.string().max(200), count),
  /** How many touchpoints were marked assumed and observed when the session closed (the evidence ledger). */
  assumed: count,
  observed: count,
});
export type WorkshopSession = z.infer<typeof workshopSessionSchema>;

/** The sessions recorded in the map, oldest first; malformed entries are skipped. */
export function workshopSessions(map: MapDocument): WorkshopSession[] {
  const raw = (base(map.view)?.['workshop'] as { sessions?: unknown } | undefined)?.sessions;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = workshopSessionSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export interface WorkshopSessionArgs {
  recordVoteSession: { session: WorkshopSession };
}

export const workshopSessionCommands = {
  recordVoteSession: defineCommand<WorkshopSessionArgs['recordVoteSession']>((draft, { session }) => {
    const parsed = workshopSessionSchema.safeParse(session);
    if (!parsed.success) return false;
    const sessions = workshopSessions(draft);
    // Keeping the same session again (more dots came in) adds only what is new to the totals.
    const earlier = sessions.find((s) => s.id === parsed.data.id)?.dots ?? {};
    const kept = sessions.filter((s) => s.id !== parsed.data.id);
    for (const painPointId of new Set([...Object.keys(parsed.data.dots), ...Object.keys(earlier)])) {
      const delta = (parsed.data.dots[painPointId] ?? 0) - (earlier[painPointId] ?? 0);
      const at = locatePainPoint(draft, painPointId);
      // A pain point deleted during the vote keeps its dots in the session record only.
      if (!at || delta === 0) continue;
      const pain = painPointAt(draft, at);
      const votes = clampVotes((pain.votes ?? 0) + delta);
      assignFields(pain, { votes: votes === 0 ? undefined : votes });
    }
    const view = (draft.view ??= {});
    const workshop = typeof view['workshop'] === 'object' && view['workshop'] !== null ? { ...(view['workshop'] as object) } : {};
    view['workshop'] = { ...workshop, sessions: [...kept, parsed.data].slice(-MAX_KEPT_SESSIONS) };
    return true;
  }),
};
