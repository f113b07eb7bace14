/** Pain points on a touchpoint, the team's own remedies for them, and workshop dot votes. */
import {
  CATEGORIES,
  SEVERITIES,
  TIERS,
  painPointSchema,
  remedySchema,
  type Category,
  type MapDocument,
  type PainPoint,
  type Remedy,
  type Severity,
  type Tier,
} from '../model';
import { assignFields, base, clampIndex, hasOwn, locatePainPoint, painPointAt, touchpointIndex } from './draft';
import { defineCommand } from './types';

export type PainPointPatch = Partial<Omit<PainPoint, 'id'>>;

export interface PainPointArgs {
  addPainPoint: { touchpointId: string; title: string; severity: Severity; category?: Category; causedBy?: string; note?: string; id?: string };
  updatePainPoint: { touchpointId: string; painPointId: string; patch: PainPointPatch };
  deletePainPoint: { touchpointId: string; painPointId: string };
  addRemedy: { painPointId: string; tier: Tier; text: string; index?: number };
  updateRemedy: { painPointId: string; index: number; patch: Partial<Remedy> };
  deleteRemedy: { painPointId: string; index: number };
  setVotes: { painPointId: string; votes: number };
  /** A dot added (+1) or taken back (−1) in a dot vote; never below zero. */
  adjustVotes: { painPointId: string; delta: number };
}

const oneOf = <T>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/** Votes are counted dots: whole, not negative, within the format's limit. */
export function clampVotes(votes: number): number {
  return Math.min(100_000, Math.max(0, Math.round(votes)));
}

function causeResolves(touchpoints: readonly { id: string }[], causedBy: unknown): boolean {
  return causedBy === undefined || (typeof causedBy === 'string' && touchpoints.some((t) => t.id === causedBy));
}

function withPatch(current: PainPoint, patch: PainPointPatch): PainPoint | null {
  if (hasOwn(patch, 'id')) return null;
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = key === 'votes' && typeof value === 'number' && Number.isFinite(value) ? clampVotes(value) : value;
  }
  return painPointSchema.safeParse(next).success ? (next as PainPoint) : null;
}

/** Finds a pain point, and checks it sits on the touchpoint the caller named. */
function locate(draft: MapDocument, painPointId: string, touchpointId?: string) {
  const at = locatePainPoint(draft, painPointId);
  if (!at) return null;
  if (touchpointId !== undefined && base(draft.touchpoints)[at.touchpoint]!.id !== touchpointId) return null;
  return at;
}

/** Zero votes are stored as no votes, so an undone vote leaves the file as it was. */
function writeVotes(draft: MapDocument, painPointId: string, next: (current: number) => number): boolean {
  const at = locate(draft, painPointId);
  if (!at) return false;
  const pain = painPointAt(draft, at);
  const wanted = next(pain.votes ?? 0);
  if (typeof wanted !== 'number' || !Number.isFinite(wanted)) return false;
  const value = clampVotes(wanted);
  assignFields(pain, { votes: value === 0 ? undefined : value });
  return true;
}

function remedies(pain: PainPoint): Remedy[] {
  return base(pain.remedies) ?? [];
}

export const painPointCommands = {
  addPainPoint: defineCommand<PainPointArgs['addPainPoint']>((draft, args, ctx) => {
    const i = touchpointIndex(draft, args.touchpointId);
    if (i < 0 || !oneOf(SEVERITIES, args.severity)) return false;
    if (args.category !== undefined && !oneOf(CATEGORIES, args.category)) return false;
    if (!causeResolves(base(draft.touchpoints), args.causedBy)) return false;
    const id = ctx.claimId('p', args.id);
    if (id === null) return false;
    const pain: PainPoint = { id, title: args.title, severity: args.severity };
    if (args.category !== undefined) pain.category = args.category;
    if (args.causedBy !== undefined) pain.causedBy = args.causedBy;
    if (args.note !== undefined && args.note !== '') pain.note = args.note;
    if (!painPointSchema.safeParse(pain).success) return false;
    (draft.touchpoints[i]!.painPoints ??= []).push(pain);
    ctx.created(id);
    return true;
  }),

  updatePainPoint: defineCommand<PainPointArgs['updatePainPoint']>((draft, { touchpointId, painPointId, patch }) => {
    const at = locate(draft, painPointId, touchpointId);
    if (!at) return false;
    const pain = painPointAt(draft, at);
    const next = withPatch(base(pain), patch);
    if (!next || !causeResolves(base(draft.touchpoints), next.causedBy)) return false;
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(patch)) changes[key] = (next as Record<string, unknown>)[key];
    assignFields(pain, changes as PainPointPatch);
    return true;
  }),

  deletePainPoint: defineCommand<PainPointArgs['deletePainPoint']>((draft, { touchpointId, painPointId }) => {
    const at = locate(draft, painPointId, touchpointId);
    if (!at) return false;
    const tp = draft.touchpoints[at.touchpoint]!;
    if (base(tp.painPoints)!.length === 1) delete tp.painPoints;
    else tp.painPoints!.splice(at.painPoint, 1);
    return true;
  }),

  addRemedy: defineCommand<PainPointArgs['addRemedy']>((draft, { painPointId, tier, text, index }) => {
    const at = locate(draft, painPointId);
    if (!at || !oneOf(TIERS, tier) || !remedySchema.safeParse({ tier, text }).success) return false;
    const pain = painPointAt(draft, at);
    const list = (pain.remedies ??= []);
    list.splice(clampIndex(index, list.length), 0, { tier, text });
    return true;
  }),

  updateRemedy: defineCommand<PainPointArgs['updateRemedy']>((draft, { painPointId, index, patch }) => {
    const at = locate(draft, painPointId);
    if (!at) return false;
    const pain = painPointAt(draft, at);
    const current = remedies(base(pain))[index];
    if (!current) return false;
    const next = { ...current, ...patch };
    if (!remedySchema.safeParse(next).success) return false;
    assignFields(pain.remedies![index]!, { tier: next.tier, text: next.text });
    return true;
  }),

  deleteRemedy: defineCommand<PainPointArgs['deleteRemedy']>((draft, { painPointId, index }) => {
    const at = locate(draft, painPointId);
    if (!at) return false;
    const pain = painPointAt(draft, at);
    const list = remedies(base(pain));
    if (!Number.isInteger(index) || index < 0 || index >= list.length) return false;
    if (list.length === 1) delete pain.remedies;
    else pain.remedies!.splice(index, 1);
    return true;
  }),

  setVotes: defineCommand<PainPointArgs['setVotes']>((draft, { painPointId, votes }) => writeVotes(draft, painPointId, () => votes)),
  adjustVotes: defineCommand<PainPointArgs['adjustVotes']>((draft, { painPointId, delta }) =>
    writeVotes(draft, painPointId, (current) => current + delta),
  ),
};
