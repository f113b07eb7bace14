/** Runs one command the way the store does, and checks what every command must guarantee. */
import { applyPatches } from 'immer';
import { expect } from 'vitest';
import { runCommand, type CommandArgs, type CommandName } from '../../../src/commands';
import { parseMapValue, type MapDocument } from '../../../src/model';

/** Applies a command that must succeed: the result validates, and its inverse patches restore the input exactly. */
export function apply<K extends CommandName>(map: MapDocument, name: K, args: CommandArgs[K]): MapDocument {
  const result = runCommand(map, name, args);
  expect(result, `${name} should apply`).not.toBeNull();
  const next = result!.map;
  const parsed = parseMapValue(next);
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  expect(applyPatches(next, result!.inversePatches)).toEqual(map);
  expect(applyPatches(map, result!.patches)).toEqual(next);
  return next;
}

/** A refused command returns null and leaves the input untouched. */
export function refuse<K extends CommandName>(map: MapDocument, name: K, args: CommandArgs[K]): void {
  const before = structuredClone(map);
  expect(runCommand(map, name, args), `${name} should be refused`).toBeNull();
  expect(map).toEqual(before);
}

export function touchpoint(map: MapDocument, id: string) {
  const tp = map.touchpoints.find((t) => t.id === id);
  if (!tp) throw new Error(`no touchpoint ${id}`);
  return tp;
}
