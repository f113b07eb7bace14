/**
 * Whether a menu edit command belongs to the text the person is editing rather than to the map:
 * a focused text field (input, textarea, contenteditable) takes undo, cut, paste…; selected text
 * anywhere takes copy. Plain structural types, so the rule is tested without a DOM.
 */
import type { NativeEditCommand } from '../shared/commands';

export interface FocusedElementLike {
  readonly tagName: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
  readonly shadowRoot?: { readonly activeElement: FocusedElementLike | null } | null;
}

/** Input types that hold text the person edits with the keyboard. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url', 'tel', 'email', 'password', 'number']);

export function isTextField(element: FocusedElementLike | null): boolean {
  let el = element;
  // Web components keep their focused field inside a shadow root.
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((el.type ?? '').toLowerCase());
  return el.isContentEditable === true;
}

export function belongsToText(command: NativeEditCommand, focused: FocusedElementLike | null, hasTextSelection: boolean): boolean {
  if (isTextField(focused)) return true;
  return command === 'copy' && hasTextSelection;
}
