/** The browser's own editing actions, run on the page that asked (a focused text field). */
import type { NativeEditCommand } from '../shared/commands';

/** The editing methods of WebContents. */
export interface EditableContents {
  undo(): void;
  redo(): void;
  cut(): void;
  copy(): void;
  paste(): void;
  delete(): void;
  selectAll(): void;
}

export function runNativeEdit(contents: EditableContents, command: NativeEditCommand): void {
  switch (command) {
    case 'undo':
      return contents.undo();
    case 'redo':
      return contents.redo();
    case 'cut':
      return contents.cut();
    case 'copy':
      return contents.copy();
    case 'paste':
      return contents.paste();
    case 'delete':
      return contents.delete();
    case 'select-all':
      return contents.selectAll();
  }
}
