/**
 * The workshop room's shared state, on the same Y.Doc as the shared map but under its own root, so
 * the host never writes it to the map file (top-level types named `workshopRoom…`): participants' stickies, their dots per vote session,
 * whether the totals are revealed, and the stage and timer the projector shows (so phones follow).
 *
 * Everything a peer sends is read through a schema: a malformed entry is skipped, never shown.
 * Each participant writes only their own vote entry, so concurrent votes never overwrite each other;
 * a participant who places more dots than the session allows (two devices at once, an old client)
 * is counted for their first dots only.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { clampMinutes, type TimerState } from './timer';
import { MAX_DOTS_PER_PERSON } from './vote';

export const ROOM_ROOT = 'workshopRoom';
export const STICKY_KINDS = ['idea', 'pain'] as const;
export type StickyKind = (typeof STICKY_KINDS)[number];
export const STICKY_STATUSES = ['new', 'accepted', 'merged', 'hidden'] as const;
export type StickyStatus = (typeof STICKY_STATUSES)[number];
/** Names people type on a phone: a line, not an essay. */
export const MAX_AUTHOR_LENGTH = 60;
export const MAX_STICKY_LENGTH = 280;

const id = z.string().min(1).max(200);

const stickySchema = z.object({
  id,
  kind: z.enum(STICKY_KINDS),
  stageId: id,
  text: z.string().min(1).max(MAX_STICKY_LENGTH),
  /** Null: the author chose to stay anonymous. */
  author: z.string().min(1).max(MAX_AUTHOR_LENGTH).nullable(),
  /** What the room says is a belief until someone observes it. */
  evidence: z.literal('assumed'),
  status: z.enum(STICKY_STATUSES),
  createdAt: z.number(),
  /** The card or pain point it became (accepted) or duplicates (merged). */
  target: id.optional(),
});
export type Sticky = z.infer<typeof stickySchema>;

const sessionSchema = z.object({
  id,
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
  revealed: z.boolean(),
  startedAt: z.number(),
});
export type RoomSession = z.infer<typeof sessionSchema>;

const dotsSchema = z.array(id).max(MAX_DOTS_PER_PERSON * 4);

const clockSchema = z.object({
  stageId: id.nullable(),
  minutes: z.number(),
  status: z.enum(['idle', 'running', 'paused']),
  elapsedMs: z.number().min(0),
  since: z.number().nullable(),
});
export type RoomClock = z.infer<typeof clockSchema>;

export interface RoomState {
  stickies: Sticky[];
  session: RoomSession | null;
  /** Each participant's dots in the current session, already cut to the session's budget. */
  dots: ReadonlyMap<string, string[]>;
  clock: RoomClock | null;
}

interface Parts {
  root: Y.Map<unknown>;
  stickies: Y.Map<unknown>;
  votes: Y.Map<unknown>;
}

/**
 * Top-level shared types, never maps nested in a map: two peers creating the same nested map
 * before they first sync (a phone offline at the door) would each make one, and one would replace
 * the other with everything in it. Top-level types with the same name are the same type everywhere.
 */
function parts(ydoc: Y.Doc): Parts {
  return { root: ydoc.getMap<unknown>(ROOM_ROOT), stickies: ydoc.getMap<unknown>(`${ROOM_ROOT}.stickies`), votes: ydoc.getMap<unknown>(`${ROOM_ROOT}.votes`) };
}

const voteKey = (sessionId: string, participantId: string) => `${sessionId}/${participantId}`;

function parse<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const r = schema.safeParse(value);
  return r.success ? r.data : null;
}

export function readRoom(ydoc: Y.Doc): RoomState {
  const { root, stickies: stickiesMap, votes: votesMap } = parts(ydoc);
  const stickies: Sticky[] = [];
  for (const [key, value] of stickiesMap.entries()) {
    const s = parse(stickySchema, value);
    if (s && s.id === key) stickies.push(s);
  }
  stickies.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const session = parse(sessionSchema, root.get('session'));
  const dots = new Map<string, string[]>();
  if (session) {
    const prefix = `${session.id}/`;
    for (const [key, value] of votesMap.entries()) {
      if (!key.startsWith(prefix)) continue;
      const list = parse(dotsSchema, value);
      if (list) dots.set(key.slice(prefix.length), list.slice(0, session.dotsPerPerson));
    }
  }
  return { stickies, session, dots, clock: parse(clockSchema, root.get('clock')) };
}

// ---------------------------------------------------------------- participants

export interface NewSticky {
  kind: StickyKind;
  stageId: string;
  text: string;
  /** Blank or missing: anonymous. */
  author?: string | null;
}

/** Adds a participant's sticky; null when its text is blank or too long, or the kind is unknown. */
export function addSticky(ydoc: Y.Doc, input: NewSticky, stickyId: string, now: number): Sticky | null {
  const author = (input.author ?? '').trim().slice(0, MAX_AUTHOR_LENGTH);
  const sticky = parse(stickySchema, {
    id: stickyId,
    kind: input.kind,
    stageId: input.stageId,
    text: input.text.trim(),
    author: author === '' ? null : author,
    evidence: 'assumed',
    status: 'new',
    createdAt: now,
  });
  if (!sticky) return null;
  ydoc.transact(() => parts(ydoc).stickies.set(sticky.id, sticky));
  return sticky;
}

/** The dots a participant has left in the current session (0 when no vote is running). */
export function dotsLeftFor(room: RoomState, participantId: string): number {
  if (!room.session) return 0;
  return Math.max(0, room.session.dotsPerPerson - (room.dots.get(participantId)?.length ?? 0));
}

/** Puts one of the participant's dots on a pain point; false without a session or dots left. */
export function castDot(ydoc: Y.Doc, participantId: string, painPointId: string): boolean {
  const room = readRoom(ydoc);
  if (!room.session || dotsLeftFor(room, participantId) === 0 || !id.safeParse(painPointId).success) return false;
  const mine = room.dots.get(participantId) ?? [];
  ydoc.transact(() => parts(ydoc).votes.set(voteKey(room.session!.id, participantId), [...mine, painPointId]));
  return true;
}

/** Takes back one of the participant's dots from a pain point; false when they had none there. */
export function takeDot(ydoc: Y.Doc, participantId: string, painPointId: string): boolean {
  const room = readRoom(ydoc);
  const mine = room.dots.get(participantId) ?? [];
  const at = mine.lastIndexOf(painPointId);
  if (!room.session || at < 0) return false;
  ydoc.transact(() => parts(ydoc).votes.set(voteKey(room.session!.id, participantId), mine.filter((_, i) => i !== at)));
  return true;
}

/** Dots per pain point in the current session, every participant cut to the budget. */
export function tally(room: RoomState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const list of room.dots.values()) for (const painId of list) out[painId] = (out[painId] ?? 0) + 1;
  return out;
}

/** What a participant may see: totals only after the facilitator reveals them, their own dots always. */
export function visibleTally(room: RoomState): Record<string, number> | null {
  return room.session?.revealed ? tally(room) : null;
}

// ---------------------------------------------------------------- facilitator

/** "New vote": a fresh session with its own dots, totals hidden; earlier sessions' dots stay out of it. */
export function startSession(ydoc: Y.Doc, sessionId: string, dotsPerPerson: number, now: number): RoomSession | null {
  const session = parse(sessionSchema, { id: sessionId, dotsPerPerson: Math.round(dotsPerPerson), revealed: false, startedAt: now });
  if (!session) return null;
  ydoc.transact(() => {
    const p = parts(ydoc);
    // The last session's entries are no longer read; dropping them keeps the room's document small.
    for (const key of [...p.votes.keys()]) p.votes.delete(key);
    p.root.set('session', session);
  });
  return session;
}

export function setRevealed(ydoc: Y.Doc, revealed: boolean): boolean {
  const room = readRoom(ydoc);
  if (!room.session || room.session.revealed === revealed) return false;
  ydoc.transact(() => parts(ydoc).root.set('session', { ...room.session!, revealed }));
  return true;
}

/** Closes the vote: no session, no dots. The results should be recorded in the map first. */
export function endSession(ydoc: Y.Doc): void {
  ydoc.transact(() => {
    const p = parts(ydoc);
    for (const key of [...p.votes.keys()]) p.votes.delete(key);
    p.root.delete('session');
  });
}

/** Marks what the facilitator did with a sticky; false when it is gone. */
export function resolveSticky(ydoc: Y.Doc, stickyId: string, status: StickyStatus, target?: string): boolean {
  const current = parse(stickySchema, parts(ydoc).stickies.get(stickyId));
  if (!current) return false;
  const next: Sticky = { ...current, status };
  if (target === undefined) delete next.target;
  else next.target = target;
  ydoc.transact(() => parts(ydoc).stickies.set(stickyId, next));
  return true;
}

/** The stage on the projector and its clock, for participants' devices to follow. */
export function publishClock(ydoc: Y.Doc, timer: TimerState): void {
  const clock = timer.stageId === null ? undefined : timer.clocks[timer.stageId];
  const value: RoomClock = {
    stageId: timer.stageId,
    minutes: timer.minutes,
    status: timer.status,
    elapsedMs: clock?.elapsedMs ?? 0,
    since: clock?.since ?? null,
  };
  const current = parse(clockSchema, parts(ydoc).root.get('clock'));
  if (current && JSON.stringify(current) === JSON.stringify(value)) return;
  ydoc.transact(() => parts(ydoc).root.set('clock', value));
}

/** The projector's clock as a timer a participant's device can show (read with its own `now`). */
export function clockTimer(clock: RoomClock): TimerState {
  const clocks = clock.stageId === null ? {} : { [clock.stageId]: { elapsedMs: clock.elapsedMs, since: clock.since } };
  return { minutes: clampMinutes(clock.minutes), status: clock.status, stageId: clock.stageId, clocks };
}
