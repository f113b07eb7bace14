/**
 * What the native menu shows of the page's state: which items are greyed out and which are ticked,
 * from the same predicates the toolbar and the key handling use. The page sends it to the main
 * process whenever it changes; the main process draws the menu from it.
 */
import { isChecked, isEnabled } from './derive';
import { MAIN_ONLY_ACTIONS, type ActionId } from './ids';
import { ACTIONS, type ActionContext, type ActionSpec } from './table';

/** Compact on purpose: it crosses the process boundary on every selection change. */
export interface MenuState {
  /** Menu items to grey out; every other item is enabled. */
  readonly disabled: readonly ActionId[];
  /** Items with a checked predicate that are ticked now; the others of them are unticked. */
  readonly checked: readonly ActionId[];
}

/**
 * Whether the page's state may grey out an item. Not a native edit (undo, cut, copy, paste, delete,
 * select all): a focused text field answers those through the menu, and on macOS a disabled Edit
 * item would take ⌘C from every field. Not an item the main process answers itself (About). The main
 * process applies the same rule to what it receives, so no page can take these away.
 */
export function mayGreyOut(spec: ActionSpec): boolean {
  return !spec.nativeEdit && !(MAIN_ONLY_ACTIONS as readonly ActionId[]).includes(spec.id);
}

/**
 * The menu's state for a page context: the table's own predicates, so the menu greys out and ticks
 * exactly what the toolbar and the keys do.
 */
export function menuStateFor(ctx: ActionContext): MenuState {
  const disabled: ActionId[] = [];
  const checked: ActionId[] = [];
  for (const spec of ACTIONS) {
    if (!spec.menu) continue;
    if (mayGreyOut(spec) && !isEnabled(spec.id, ctx)) disabled.push(spec.id);
    if (spec.checked && isChecked(spec.id, ctx)) checked.push(spec.id);
  }
  return { disabled, checked };
}

/** Two states draw the same menu: the page sends only a state that differs from the last one. */
export function sameMenuState(a: MenuState, b: MenuState): boolean {
  const same = (x: readonly ActionId[], y: readonly ActionId[]) => x.length === y.length && x.every((id, i) => id === y[i]);
  return same(a.disabled, b.disabled) && same(a.checked, b.checked);
}
