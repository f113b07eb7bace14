/**
 * The complaint iceberg (seed 001): behind each complaint stand 25 unhappy customers — the one who
 * complained and 24 who say nothing — and 6 of the silent ones have serious problems.
 */
import type { MapDocument } from '../model';

export const UNHAPPY_PER_COMPLAINT = 25;
export const SILENT_PER_COMPLAINT = UNHAPPY_PER_COMPLAINT - 1;
export const SERIOUS_PER_COMPLAINT = 6;

export interface Iceberg {
  voiced: number;
  silent: number;
  serious: number;
}

/** Null when no touchpoint records complaints: an estimate from nothing would be a made-up number. */
export function complaintIceberg(map: MapDocument): Iceberg | null {
  const recorded = map.touchpoints.flatMap((tp) => (tp.metrics?.complaints === undefined ? [] : [tp.metrics.complaints]));
  if (recorded.length === 0) return null;
  const voiced = recorded.reduce((a, b) => a + b, 0);
  return { voiced, silent: voiced * SILENT_PER_COMPLAINT, serious: voiced * SERIOUS_PER_COMPLAINT };
}
