/**
 * The evidence ledger: how much of the map is belief and how much was seen. Workshop contributions
 * enter as "assumed"; research turns them into "observed". The count at the last recorded session
 * is kept with that session's results, so the next one can say how many became observed since.
 */
import { workshopSessions } from '../commands';
import type { MapDocument } from '../model';

export interface EvidenceLedger {
  assumed: number;
  observed: number;
  proposed: number;
  /** Touchpoints with no evidence recorded. */
  unmarked: number;
  /** Observed now minus observed at the last recorded session; null before any session. */
  observedSinceLastSession: number | null;
  /** When the last session closed (ISO 8601); null before any. */
  lastSessionAt: string | null;
}

export function evidenceLedger(map: MapDocument): EvidenceLedger {
  const counts = { assumed: 0, observed: 0, proposed: 0, unmarked: 0 };
  for (const tp of map.touchpoints) counts[tp.evidence ?? 'unmarked'] += 1;
  const last = workshopSessions(map).at(-1);
  return {
    ...counts,
    // Never negative: a card deleted since is not an observation lost.
    observedSinceLastSession: last ? Math.max(0, counts.observed - last.observed) : null,
    lastSessionAt: last?.endedAt ?? null,
  };
}
