/**
 * One table of actions, reached from the toolbar, the keyboard and the native menu (whose command
 * ids these are), so the three never drift apart.
 */
import { layoutGrid, neighbourCell, newCardCell } from '../../../src/layout';
import type { Locale } from '../../../src/model';
import { defaultNames } from '../../../src/templates';
import type { ExportFormat } from '../export/ExportDialog';
import { copyCards, pasteCards } from './clipboard-actions';
import type { AppServices } from './context';
import type { DocumentController } from './document';

export interface ViewControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Centre of the visible canvas in flow coordinates, where a new touchpoint goes. */
  visibleCentre(): { x: number; y: number } | null;
}

export interface ActionHost {
  services: AppServices;
  document: DocumentController;
  view: () => ViewControls | null;
  /** Opens the export dialog; `run` starts at once with the defaults (Export PDF). */
  openExport(format: ExportFormat, run?: boolean): void;
  present(): void;
  /** Shows the New map dialog (template choice). */
  chooseTemplate(): void;
  setLocale(locale: Locale): void;
  toggleTheme(): void;
  focusSearch(): void;
  showShortcuts(): void;
}

export type ActionId =
  | 'new-map'
  | 'new-journey'
  | 'new-blueprint'
  | 'new-empty'
  | 'open'
  | 'save'
  | 'save-as'
  | 'export-pdf'
  | 'export-dialog'
  | 'export-png'
  | 'export-svg'
  | 'export-json'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'delete'
  | 'select-all'
  | 'select-none'
  | 'edit.find'
  | 'toggle-findings'
  | 'toggle-inspector'
  | 'view.toggleHiddenLanes'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-fit'
  | 'presentation-mode'
  | 'toggle-theme'
  | 'language-en'
  | 'language-zh-CN'
  | 'add-touchpoint'
  | 'add-stage'
  | 'add-lane'
  | 'map.addPainPoint'
  | 'map.check'
  | 'map.properties'
  | 'help.shortcuts'
  | 'move-left'
  | 'move-right'
  | 'move-up'
  | 'move-down';

export function createActions(host: ActionHost): Record<ActionId, () => void> {
  const { store, ui } = host.services;
  const selectedTouchpoints = () => {
    const map = store.getState().map;
    const selection = ui.getState().selection;
    return map.touchpoints.filter((t) => selection.has(t.id)).map((t) => t.id);
  };
  const selectedLinks = () => {
    const selection = ui.getState().selection;
    return (store.getState().map.links ?? []).filter((k) => selection.has(k.id)).map((k) => k.id);
  };
  const selectCreated = () => ui.set({ selection: new Set(store.getState().created), highlight: new Set() });
  const copy = () => copyCards(host.services, selectedTouchpoints());
  const remove = () => {
    const touchpointIds = selectedTouchpoints();
    const linkIds = selectedLinks();
    if (touchpointIds.length === 0 && linkIds.length === 0) return;
    if (store.dispatch('deleteElements', { touchpointIds, linkIds })) ui.set({ selection: new Set() });
  };
  const paste = () => pasteCards(host.services, host.document);
  const addTouchpoint = () => {
    const map = store.getState().map;
    const cell = newCardCell(map, layoutGrid(map), ui.getState().selection);
    if (!cell) return;
    if (store.dispatch('addTouchpoint', { ...cell, title: defaultNames(ui.getState().locale).touchpoint })) {
      selectCreated();
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="inspector-title"]')?.select());
    }
  };
  const addPainPoint = () => {
    const [id] = selectedTouchpoints();
    if (!id) return;
    store.dispatch('addPainPoint', { touchpointId: id, title: defaultNames(ui.getState().locale).painPoint, severity: 'medium' });
    ui.set((s) => ({ panels: { ...s.panels, inspector: true } }));
  };
  /** Alt+arrow: the selected cards move to the neighbouring stage or lane (visible lanes only), as one step. */
  const moveSelection = (dx: number, dy: number) => {
    const map = store.getState().map;
    const layout = layoutGrid(map);
    const moves = map.touchpoints
      .filter((t) => ui.getState().selection.has(t.id))
      .flatMap((t) => {
        const cell = neighbourCell(layout, t, dx, dy);
        return cell ? [{ id: t.id, ...cell, before: null }] : [];
      });
    if (moves.length > 0) store.dispatch('moveTouchpoints', { moves });
  };
  const togglePanel = (panel: 'findings' | 'inspector') => ui.set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } }));

  return {
    'new-map': host.chooseTemplate,
    'new-journey': () => void host.document.newMap('journey'),
    'new-blueprint': () => void host.document.newMap('blueprint'),
    'new-empty': () => void host.document.newMap('empty'),
    open: () => void host.document.open(),
    save: () => void host.document.save(),
    'save-as': () => void host.document.saveAs(),
    'export-pdf': () => host.openExport('pdf', true),
    'export-dialog': () => host.openExport('pdf'),
    'export-png': () => host.openExport('png'),
    'export-svg': () => host.openExport('svg'),
    'export-json': () => host.openExport('json'),
    undo: () => void store.undo(),
    redo: () => void store.redo(),
    cut: () => {
      if (copy()) remove();
    },
    copy: () => void copy(),
    paste: () => void paste(),
    duplicate: () => {
      const ids = selectedTouchpoints();
      if (ids.length > 0 && store.dispatch('duplicate', { touchpointIds: ids })) selectCreated();
    },
    delete: remove,
    'select-all': () => ui.set({ selection: new Set(store.getState().map.touchpoints.map((t) => t.id)) }),
    'select-none': () => ui.set({ selection: new Set(), highlight: new Set() }),
    'edit.find': host.focusSearch,
    'toggle-findings': () => togglePanel('findings'),
    'toggle-inspector': () => togglePanel('inspector'),
    'view.toggleHiddenLanes': () => {
      const map = store.getState().map;
      for (const lane of map.lanes) store.dispatch('setLaneHidden', { laneId: lane.id, hidden: false }, { mergeKey: 'show-all-lanes' });
    },
    'zoom-in': () => host.view()?.zoomIn(),
    'zoom-out': () => host.view()?.zoomOut(),
    'zoom-fit': () => host.view()?.fit(),
    'presentation-mode': host.present,
    'toggle-theme': host.toggleTheme,
    'language-en': () => host.setLocale('en'),
    'language-zh-CN': () => host.setLocale('zh-CN'),
    'add-touchpoint': addTouchpoint,
    'add-stage': () => {
      const map = store.getState().map;
      store.dispatch('addStage', { name: defaultNames(ui.getState().locale).stage(map.stages.length + 1) });
    },
    'add-lane': () => {
      const map = store.getState().map;
      store.dispatch('addLane', { name: defaultNames(ui.getState().locale).lane(map.lanes.length + 1), kind: 'custom' });
    },
    'map.addPainPoint': addPainPoint,
    'map.check': () => ui.set((s) => ({ panels: { ...s.panels, findings: true } })),
    'map.properties': () => ui.set((s) => ({ selection: new Set(), panels: { ...s.panels, inspector: true } })),
    'help.shortcuts': host.showShortcuts,
    'move-left': () => moveSelection(-1, 0),
    'move-right': () => moveSelection(1, 0),
    'move-up': () => moveSelection(0, -1),
    'move-down': () => moveSelection(0, 1),
  };
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/** A field with its own text undo: text-like inputs, text areas, editable content. */
function editsText(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes((el as HTMLInputElement).type);
}

/** Keyboard shortcuts (Ctrl on Windows/Linux, Cmd on macOS); text fields keep their own editing keys. */
export function shortcutFor(event: KeyboardEvent): ActionId | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const typing = isTyping(event.target);
  if (mod && !event.altKey) {
    if (key === 's') return event.shiftKey ? 'save-as' : 'save';
    if (key === 'o') return 'open';
    if (key === 'n' && !typing) return 'new-map';
    if (key === 'e' && event.shiftKey) return 'export-dialog';
    if (key === 'f') return 'edit.find';
    if (key === '=' || key === '+') return 'zoom-in';
    if (key === '-') return 'zoom-out';
    if (key === '0') return 'zoom-fit';
    // Undo and redo reach the map from a level button or a checkbox too (they have no undo of their own).
    if (!editsText(event.target)) {
      if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
      if (key === 'y') return 'redo';
    }
    if (typing) return null;
    if (key === 'c') return 'copy';
    if (key === 'x') return 'cut';
    if (key === 'v') return 'paste';
    if (key === 'd') return 'duplicate';
    if (key === 'a') return 'select-all';
    return null;
  }
  if (typing) return null;
  if (event.altKey) {
    const moves: Record<string, ActionId> = { ArrowLeft: 'move-left', ArrowRight: 'move-right', ArrowUp: 'move-up', ArrowDown: 'move-down' };
    return moves[event.key] ?? null;
  }
  if (event.key === 'F5') return 'presentation-mode';
  if (event.key === 'Escape') return 'select-none';
  if (event.key === 'Delete' || event.key === 'Backspace') return 'delete';
  if (key === 'n' && !event.shiftKey) return 'add-touchpoint';
  if (event.key === '?') return 'help.shortcuts';
  return null;
}
