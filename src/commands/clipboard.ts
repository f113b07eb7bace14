/**
 * Copy, paste and duplicate. The payload is plain JSON with a format marker, so it survives the
 * system clipboard and another window (or another map) can paste it. Pasting re-ids everything,
 * keeps the links among the pasted touchpoints and drops pain-point causes that point outside them.
 */
import { z } from 'zod';
import { linkSchema, touchpointSchema, type Link, type MapDocument, type Touchpoint } from '../model';
import { base, indexById } from './draft';
import { defineCommand, type CommandContext } from './types';

export const CLIPBOARD_FORMAT = 'touchpoint-studio/clipboard';

const clipboardSchema = z.strictObject({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(1),
  touchpoints: z.array(touchpointSchema).min(1).max(100_000),
  links: z.array(linkSchema).max(200_000),
});

export type ClipboardPayload = z.infer<typeof clipboardSchema>;

export interface ClipboardArgs {
  pasteTouchpoints: { touchpoints: Touchpoint[]; links: Link[]; stage?: string; lane?: string };
  /** Copies the touchpoints into their own cells, as paste would. */
  duplicate: { touchpointIds: string[] };
}

/** The selected touchpoints, in document order, and the links that run between them. */
export function copySelection(map: MapDocument, ids: Iterable<string>): ClipboardPayload | null {
  const wanted = new Set(ids);
  const touchpoints = map.touchpoints.filter((t) => wanted.has(t.id));
  if (touchpoints.length === 0) return null;
  const inside = new Set(touchpoints.map((t) => t.id));
  const links = (map.links ?? []).filter((k) => inside.has(k.from) && inside.has(k.to));
  return structuredClone({ format: CLIPBOARD_FORMAT, version: 1, touchpoints, links });
}

/** Reads a payload from the clipboard (text or an already-parsed value); null for anything else. */
export function parseClipboard(input: unknown): ClipboardPayload | null {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return null;
    }
  }
  const result = clipboardSchema.safeParse(value);
  return result.success ? result.data : null;
}

function paste(draft: MapDocument, args: ClipboardArgs['pasteTouchpoints'], ctx: CommandContext): boolean {
  const stages = base(draft.stages);
  const lanes = base(draft.lanes);
  if (args.stage !== undefined && indexById(stages, args.stage) < 0) return false;
  if (args.lane !== undefined && indexById(lanes, args.lane) < 0) return false;
  if (args.touchpoints.length === 0 || stages.length === 0 || lanes.length === 0) return false;
  if (!z.array(touchpointSchema).safeParse(args.touchpoints).success) return false;
  if (!z.array(linkSchema).safeParse(args.links).success) return false;

  const ids = new Map<string, string>();
  for (const tp of args.touchpoints) {
    if (ids.has(tp.id)) return false;
    ids.set(tp.id, ctx.newId('t'));
  }
  const cell = (requested: string | undefined, original: string, items: readonly { id: string }[]) =>
    requested ?? (indexById(items, original) >= 0 ? original : items[0]!.id);

  for (const source of args.touchpoints) {
    const copy: Touchpoint = structuredClone(source);
    copy.id = ids.get(source.id)!;
    copy.stage = cell(args.stage, source.stage, stages);
    copy.lane = cell(args.lane, source.lane, lanes);
    if (copy.painPoints) {
      copy.painPoints = copy.painPoints.map((pain) => {
        const { causedBy, ...rest } = pain;
        const cause = causedBy === undefined ? undefined : ids.get(causedBy);
        return { ...rest, id: ctx.newId('p'), ...(cause === undefined ? {} : { causedBy: cause }) };
      });
    }
    draft.touchpoints.push(copy);
    ctx.created(copy.id);
  }

  const seen = new Set<string>();
  for (const link of args.links) {
    const from = ids.get(link.from);
    const to = ids.get(link.to);
    const key = `${from}>${to}`;
    if (from === undefined || to === undefined || from === to || seen.has(key)) continue;
    seen.add(key);
    (draft.links ??= []).push({ ...structuredClone(link), id: ctx.newId('k'), from, to });
  }
  return true;
}

export const clipboardCommands = {
  pasteTouchpoints: defineCommand<ClipboardArgs['pasteTouchpoints']>(paste),
  duplicate: defineCommand<ClipboardArgs['duplicate']>((draft, { touchpointIds }, ctx) => {
    const map = base(draft);
    const known = new Set(map.touchpoints.map((t) => t.id));
    if (touchpointIds.length === 0 || touchpointIds.some((id) => !known.has(id))) return false;
    const payload = copySelection(map, touchpointIds);
    return payload !== null && paste(draft, payload, ctx);
  }),
};
