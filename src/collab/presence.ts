/**
 * Presence: who is in the room, what they have selected and where their pointer is. Carried by the
 * y-protocols awareness channel, which is not part of the document and never reaches the file.
 */

export interface PresenceState {
  /** The name the person chose; shown as "anonymous" in their language when empty. */
  readonly name: string;
  /** A CSS colour from PRESENCE_COLOURS. */
  readonly colour: string;
  /** Ids of the selected elements. */
  readonly selection: readonly string[];
  /** Pointer position in map coordinates, absent when the pointer is outside the canvas. */
  readonly cursor?: { readonly x: number; readonly y: number };
}

/** Distinct on white and in the dark theme, and none of them the level or pain point colours. */
export const PRESENCE_COLOURS = ['#7c3aed', '#0891b2', '#c026d3', '#4f46e5', '#0d9488', '#b45309', '#be123c', '#475569'] as const;

/** A stable colour for a Yjs client id, so a person keeps their colour while they stay connected. */
export function presenceColour(clientId: number): string {
  return PRESENCE_COLOURS[Math.abs(clientId) % PRESENCE_COLOURS.length]!;
}

/** Reads a peer's awareness state defensively: peers are not trusted to send the right shape. */
export function readPresence(value: unknown): PresenceState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const name = typeof v['name'] === 'string' ? v['name'].slice(0, 80) : '';
  const colour = typeof v['colour'] === 'string' && (PRESENCE_COLOURS as readonly string[]).includes(v['colour']) ? v['colour'] : PRESENCE_COLOURS[0];
  const selection = Array.isArray(v['selection']) ? v['selection'].filter((s): s is string => typeof s === 'string').slice(0, 1000) : [];
  const c = v['cursor'] as Record<string, unknown> | undefined;
  const cursor = c && Number.isFinite(c['x']) && Number.isFinite(c['y']) ? { x: c['x'] as number, y: c['y'] as number } : undefined;
  return cursor ? { name, colour, selection, cursor } : { name, colour, selection };
}
