/**
 * Dot voting, the way workshops do it on paper: each participant gets a few dots to put on the pain
 * points they care most about. The facilitator enters the room's dots; votes live in the map (each
 * dot is one `adjustVotes` command, so it is undoable and saved), and this session only remembers
 * the budget and what every pain point had when the vote began. "Dots used" is read back from the
 * map, so undo and redo keep the count right without any bookkeeping here.
 */
import type { MapDocument } from '../model';

export const DEFAULT_DOTS_PER_PERSON = 3;
export const DEFAULT_PARTICIPANTS = 10;
export const MAX_DOTS_PER_PERSON = 20;
export const MAX_PARTICIPANTS = 200;

export interface VoteSession {
  dotsPerPerson: number;
  participants: number;
  /** Votes per pain point id when the vote started. */
  baseline: Readonly<Record<string, number>>;
}

function whole(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

export function votesOf(map: MapDocument): Record<string, number> {
  const votes: Record<string, number> = {};
  for (const tp of map.touchpoints) for (const p of tp.painPoints ?? []) votes[p.id] = p.votes ?? 0;
  return votes;
}

export function startVote(map: MapDocument, dotsPerPerson: number, participants: number): VoteSession {
  return {
    dotsPerPerson: whole(dotsPerPerson, 1, MAX_DOTS_PER_PERSON, DEFAULT_DOTS_PER_PERSON),
    participants: whole(participants, 1, MAX_PARTICIPANTS, DEFAULT_PARTICIPANTS),
    baseline: votesOf(map),
  };
}

export function dotsTotal(session: VoteSession): number {
  return session.dotsPerPerson * session.participants;
}

/** Dots added since the vote began, net of dots taken back; pain points created during the vote start from 0. */
export function dotsUsed(session: VoteSession, map: MapDocument): number {
  let used = 0;
  for (const [id, votes] of Object.entries(votesOf(map))) used += Math.max(0, votes - (session.baseline[id] ?? 0));
  return used;
}

export function dotsLeft(session: VoteSession, map: MapDocument): number {
  return Math.max(0, dotsTotal(session) - dotsUsed(session, map));
}

export function canAddDot(session: VoteSession, map: MapDocument, painPointId: string): boolean {
  return painPointId in votesOf(map) && dotsLeft(session, map) > 0;
}

/** Only dots placed in this vote can be taken back: earlier sessions' votes are not this room's to remove. */
export function canRemoveDot(session: VoteSession, map: MapDocument, painPointId: string): boolean {
  const votes = votesOf(map)[painPointId];
  return votes !== undefined && votes > (session.baseline[painPointId] ?? 0);
}

/** The command a click on a pain-point marker means during a vote, or null when it would break the budget. */
export function dotCommand(
  session: VoteSession,
  map: MapDocument,
  painPointId: string,
  remove: boolean,
): { name: 'adjustVotes'; args: { painPointId: string; delta: number } } | null {
  const allowed = remove ? canRemoveDot(session, map, painPointId) : canAddDot(session, map, painPointId);
  return allowed ? { name: 'adjustVotes', args: { painPointId, delta: remove ? -1 : 1 } } : null;
}
