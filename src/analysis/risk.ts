/**
 * Pain-point risk = severity weight × reach.
 *
 * Reach counts what the pain point touches: its own touchpoint (1), its cause when that is another
 * touchpoint (+1), each touchpoint the customer goes on to directly from the pained one along a flow
 * link (+1 each), each further stage those touch besides the pain's own (+1 each), and +1 more when
 * the cause sits below the line of visibility — a hidden cause keeps producing the pain, unseen by
 * the people who hear the complaint (seed 000: internal customers). Only direct successors count, so a pain point is
 * not ranked high merely for sitting early in a long journey.
 */
import type { Category, Severity } from '../model';
import { isHiddenKind, type MapIndex, type PainEntry } from './map-index';

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { low: 1, medium: 2, high: 4, critical: 8 };

export interface PainRisk {
  painPointId: string;
  touchpointId: string;
  stageId: string;
  title: string;
  severity: Severity;
  category: Category;
  causeId?: string;
  hiddenCause: boolean;
  reach: number;
  risk: number;
  votes: number;
}

export function painRisk(index: MapIndex, entry: PainEntry): PainRisk {
  const { painPoint, touchpoint } = entry;
  const cause = painPoint.causedBy === undefined ? undefined : index.touchpointById.get(painPoint.causedBy);
  const hiddenCause = cause !== undefined && isHiddenKind(index.laneKind(cause));
  const touched = new Set([touchpoint.id, ...(cause ? [cause.id] : []), ...(index.flowSuccessors.get(touchpoint.id) ?? [])]);
  const stages = new Set([...touched].map((id) => index.touchpointById.get(id)?.stage ?? touchpoint.stage));
  const reach = touched.size + (stages.size - 1) + (hiddenCause ? 1 : 0);
  const risk: PainRisk = {
    painPointId: painPoint.id,
    touchpointId: touchpoint.id,
    stageId: touchpoint.stage,
    title: painPoint.title,
    severity: painPoint.severity,
    category: painPoint.category ?? 'other',
    hiddenCause,
    reach,
    risk: SEVERITY_WEIGHT[painPoint.severity] * reach,
    votes: painPoint.votes ?? 0,
  };
  if (cause) risk.causeId = cause.id;
  return risk;
}

/** Highest risk first; equal risks go to the one the workshop voted for most, then document order. */
export function rankRisks(index: MapIndex): PainRisk[] {
  return index.pains
    .map((entry) => ({ entry, risk: painRisk(index, entry) }))
    .sort((a, b) => b.risk.risk - a.risk.risk || b.risk.votes - a.risk.votes || a.entry.order - b.entry.order)
    .map((x) => x.risk);
}
