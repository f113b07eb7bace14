/**
 * The registry of named edits. Menus, toolbar, shortcuts and the workshop all dispatch these by
 * name, so they cannot drift apart; each dispatch is one undo step (src/store).
 */
import { enablePatches, produceWithPatches, type Patch } from 'immer';
import type { MapDocument } from '../model';
import { clipboardCommands, type ClipboardArgs } from './clipboard';
import { createIdContext, type IdGenerator } from './ids';
import { linkCommands, type LinkArgs } from './links';
import { mapCommands, type MapArgs } from './map';
import { painPointCommands, type PainPointArgs } from './pain-points';
import { structureCommands, type StructureArgs } from './structure';
import { touchpointCommands, type TouchpointArgs } from './touchpoints';
import type { CommandDef } from './types';
import { workshopSessionCommands, type WorkshopSessionArgs } from './workshop-sessions';

enablePatches();

export interface CommandArgs extends TouchpointArgs, LinkArgs, StructureArgs, PainPointArgs, MapArgs, ClipboardArgs, WorkshopSessionArgs {}
export type CommandName = keyof CommandArgs;

export const COMMANDS: { readonly [K in CommandName]: CommandDef<CommandArgs[K]> } = {
  ...touchpointCommands,
  ...linkCommands,
  ...structureCommands,
  ...painPointCommands,
  ...mapCommands,
  ...clipboardCommands,
  ...workshopSessionCommands,
};

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

export interface CommandResult {
  map: MapDocument;
  patches: Patch[];
  inversePatches: Patch[];
  /** Ids of the elements the command created, in creation order (to select what was added or pasted). */
  created: string[];
}

/**
 * Runs one command on a document without changing it. Null when the command refuses or changes
 * nothing, so a caller never records an empty undo step.
 */
export function runCommand<K extends CommandName>(
  map: MapDocument,
  name: K,
  args: CommandArgs[K],
  options: { newId?: IdGenerator } = {},
): CommandResult | null {
  const command = COMMANDS[name] as CommandDef<CommandArgs[K]>;
  const ctx = createIdContext(map, options.newId);
  let refused = false;
  const [next, patches, inversePatches] = produceWithPatches(map, (draft) => {
    if (command.perform(draft, args, ctx) === false) refused = true;
  });
  if (refused || patches.length === 0) return null;
  return { map: next, patches, inversePatches, created: [...ctx.createdIds] };
}

export { ID_PREFIXES, type CommandContext, type CommandDef, type IdPrefix } from './types';
export { collectIds, type IdGenerator } from './ids';
export { hiddenLanes } from './view';
export { workshopSessions, workshopSessionSchema, MAX_KEPT_SESSIONS, type WorkshopSession } from './workshop-sessions';
export { defaultLinkKind } from './links';
export { clampVotes } from './pain-points';
export { copySelection, parseClipboard, CLIPBOARD_FORMAT, type ClipboardPayload } from './clipboard';
export type { TouchpointPatch } from './touchpoints';
export type { PainPointPatch } from './pain-points';
export type { PersonaPatch } from './map';
export {
  matchesFilter,
  matchingTouchpoints,
  isFilterActive,
  normalizeSearch,
  deletionImpact,
  touchpointsInCell,
  type TouchpointFilter,
  type DeletionImpact,
  type DeletionTarget,
} from './selection';
