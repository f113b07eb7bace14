/**
 * What the facilitator's choices about the room's stickies do to the map, as ordinary commands (so
 * they are undoable and saved like any edit): an idea becomes a card marked "assumed" in its stage;
 * a pain point lands on the card the facilitator points at. And the vote's results as a record for
 * the map, with the evidence ledger at that moment.
 */
import type { WorkshopSession } from '../commands';
import type { MapDocument } from '../model';
import { evidenceLedger } from './ledger';
import { DEFAULT_PAIN_SEVERITY, quickEntryLane } from './quick-entry';
import { tally, type RoomState, type Sticky } from './room';

export type AcceptPlan =
  | { ok: true; command: 'addTouchpoint'; args: { stage: string; lane: string; title: string; fields: { evidence: 'assumed' } } }
  | { ok: true; command: 'addPainPoint'; args: { touchpointId: string; title: string; severity: typeof DEFAULT_PAIN_SEVERITY } }
  | { ok: false; reason: 'no-stage' | 'no-lane' | 'no-card' };

/** The command that accepts a sticky; a pain point needs the card it belongs to (`touchpointId`). */
export function planAccept(map: MapDocument, sticky: Sticky, touchpointId: string | null): AcceptPlan {
  if (!map.stages.some((s) => s.id === sticky.stageId)) return { ok: false, reason: 'no-stage' };
  if (sticky.kind === 'idea') {
    const lane = quickEntryLane(map);
    if (lane === null) return { ok: false, reason: 'no-lane' };
    return { ok: true, command: 'addTouchpoint', args: { stage: sticky.stageId, lane, title: sticky.text, fields: { evidence: 'assumed' } } };
  }
  if (touchpointId === null || !map.touchpoints.some((tp) => tp.id === touchpointId)) return { ok: false, reason: 'no-card' };
  return { ok: true, command: 'addPainPoint', args: { touchpointId, title: sticky.text, severity: DEFAULT_PAIN_SEVERITY } };
}

/** Cards a sticky can be merged into or attached to: its stage's cards, in document order. */
export function stickyTargets(map: MapDocument, sticky: Sticky): { id: string; title: string }[] {
  return map.touchpoints.filter((tp) => tp.stage === sticky.stageId).map((tp) => ({ id: tp.id, title: tp.title }));
}

/** The session's results for `recordVoteSession`; null when no vote is running. */
export function sessionRecord(room: RoomState, map: MapDocument, endedAt: Date): WorkshopSession | null {
  if (!room.session) return null;
  const painIds = new Set(map.touchpoints.flatMap((tp) => (tp.painPoints ?? []).map((p) => p.id)));
  const dots = Object.fromEntries(Object.entries(tally(room)).filter(([painId]) => painIds.has(painId)));
  const ledger = evidenceLedger(map);
  return {
    id: room.session.id,
    endedAt: endedAt.toISOString(),
    dotsPerPerson: room.session.dotsPerPerson,
    participants: [...room.dots.values()].filter((list) => list.length > 0).length,
    dots,
    assumed: ledger.assumed,
    observed: ledger.observed,
  };
}
