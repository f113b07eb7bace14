/** The shape every named edit shares, so menus, toolbar, shortcuts and the store run the same code. */
import type { MapDocument } from '../model';

/** Readable id prefixes: touchpoint, pain point, link (k), stage, lane, persona (u for user). */
export const ID_PREFIXES = ['t', 'p', 'k', 's', 'l', 'u'] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

export interface CommandContext {
  /** A fresh id, unique across the whole document and everything created earlier in this command. */
  newId(prefix: IdPrefix): string;
  /** Takes `requested` if it is free (null when it is already used), or a fresh id when none was requested. */
  claimId(prefix: IdPrefix, requested: string | undefined): string | null;
  /** Records the id of an element the command created, so the caller can select it. */
  created(id: string): void;
}

/**
 * `perform` mutates an immer draft of the document. Returning `false` refuses the command:
 * whatever it may have touched is thrown away and nothing is recorded.
 */
export interface CommandDef<A> {
  perform(draft: MapDocument, args: A, ctx: CommandContext): boolean | void;
}

export function defineCommand<A>(perform: CommandDef<A>['perform']): CommandDef<A> {
  return { perform };
}
