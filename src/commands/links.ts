/** Links between touchpoints: `flow` (the customer's path) and `support` (who makes it possible). */
import { LINK_KINDS, linkSchema, type Link, type LinkKind, type MapDocument } from '../model';
import { assignFields, base, indexById } from './draft';
import { defineCommand } from './types';

export interface LinkArgs {
  addLink: { from: string; to: string; kind?: LinkKind; id?: string; label?: string };
  updateLink: { id: string; patch: Partial<Pick<Link, 'kind' | 'label'>> };
  /** Turns a link around; refused when the reverse link already exists. */
  reverseLink: { id: string };
}

const isKind = (kind: unknown): kind is LinkKind => (LINK_KINDS as readonly unknown[]).includes(kind);

export const linkCommands = {
  addLink: defineCommand<LinkArgs['addLink']>((draft, args, ctx) => {
    if (args.from === args.to) return false;
    if (args.kind !== undefined && !isKind(args.kind)) return false;
    const touchpoints = base(draft.touchpoints);
    if (indexById(touchpoints, args.from) < 0 || indexById(touchpoints, args.to) < 0) return false;
    const links = base(draft.links) ?? [];
    if (links.some((k) => k.from === args.from && k.to === args.to)) return false;
    const id = ctx.claimId('k', args.id);
    if (id === null) return false;
    const link: Link = { id, from: args.from, to: args.to, kind: args.kind ?? 'flow' };
    if (args.label !== undefined) link.label = args.label;
    if (!linkSchema.safeParse(link).success) return false;
    (draft.links ??= []).push(link);
    ctx.created(id);
    return true;
  }),

  updateLink: defineCommand<LinkArgs['updateLink']>((draft, { id, patch }) => {
    const i = indexById(base(draft.links) ?? [], id);
    if (i < 0) return false;
    if (Object.keys(patch).some((key) => key !== 'kind' && key !== 'label')) return false;
    const next = { ...base(draft.links)![i]!, ...patch };
    if (patch.kind === undefined && 'kind' in patch) delete next.kind;
    if (patch.label === undefined && 'label' in patch) delete next.label;
    if (!linkSchema.safeParse(next).success) return false;
    assignFields(draft.links![i]!, patch);
    return true;
  }),

  reverseLink: defineCommand<LinkArgs['reverseLink']>((draft, { id }) => {
    const links = base(draft.links) ?? [];
    const i = indexById(links, id);
    if (i < 0) return false;
    const { from, to } = links[i]!;
    if (links.some((k) => k.from === to && k.to === from)) return false;
    assignFields(draft.links![i]!, { from: to, to: from });
    return true;
  }),
};

const BELOW_VISIBILITY = new Set(['backstage', 'support']);

/**
 * A new link drawn on the canvas: `support` when either end sits below the line of visibility
 * (backstage or support processes), else `flow`.
 */
export function defaultLinkKind(map: MapDocument, from: string, to: string): LinkKind {
  const laneOf = (id: string) => map.lanes.find((l) => l.id === map.touchpoints.find((t) => t.id === id)?.lane);
  return [from, to].some((id) => BELOW_VISIBILITY.has(laneOf(id)?.kind ?? '')) ? 'support' : 'flow';
}
