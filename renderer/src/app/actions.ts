/**
 * What each action of the core's table (src/actions) does in the page. The table says which keys,
 * menu items and toolbar buttons reach an action; this file only says what happens.
 */
import { actionForKeyPress, neighbourAfterDelete, platformOf, type ActionId, type ChordPlatform, type PageActionId } from '../../../src/actions';
import { UI } from '../i18n/ui';
import { translate } from '../../../src/i18n';
import { layoutGrid, neighbourCell, newCardCell } from '../../../src/layout';
import type { Level, Locale } from '../../../src/model';
import { defaultNames } from '../../../src/templates';
import type { ExportFormat } from '../export/ExportDialog';
import { copyCards, pasteCards } from './clipboard-actions';
import type { AppServices } from './context';
import type { DocumentController } from './document';
import { selectInspectorTitle } from './inspector-title';

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
  /** Compare with…: choose another version of the map and show what changed. */
  compare(): void;
  /** Share on Local Network…: the Share dialog (desktop app). */
  share(): void;
  /** Opens the export dialog; `run` starts at once with the defaults (Export PDF). */
  openExport(format: ExportFormat, run?: boolean): void;
  present(): void;
  /** Shows the New map dialog (template choice). */
  chooseTemplate(): void;
  setLocale(locale: Locale): void;
  toggleTheme(): void;
  focusSearch(): void;
  showShortcuts(): void;
  openPalette(): void;
  /** F6 / Shift+F6: the next or previous region (toolbar, canvas, inspector, findings). */
  focusRegion(step: 1 | -1): void;
  /** L: choose a card to link the selected one to, with the arrow keys. */
  startLink(): void;
  /** Says something to assistive technology (a polite live region). */
  announce(text: string): void;
}

export type { ActionId, PageActionId };

/** The platform whose key conventions the page follows. */
export const PAGE_PLATFORM: ChordPlatform = platformOf(typeof navigator === 'undefined' ? '' : navigator.platform);

/** Focus a card by id, scrolling the canvas to it; false when it is not drawn. */
export function focusCard(id: string): boolean {
  const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  node?.focus();
  return node !== null;
}

let levelRun = 0;

export function createActions(host: ActionHost): Record<PageActionId, () => void> {
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
    const before = store.getState().map;
    // Keyboard users keep their place: the nearest card left takes focus and selection (else the canvas).
    const next = touchpointIds.length > 0 ? neighbourAfterDelete(layoutGrid(before).cards.values(), touchpointIds) : null;
    if (!store.dispatch('deleteElements', { touchpointIds, linkIds })) return;
    ui.set({ selection: new Set(next ? [next] : []) });
    requestAnimationFrame(() => {
      if (next && focusCard(next)) {
        const name = before.touchpoints.find((t) => t.id === next)?.title ?? '';
        host.announce(translate(UI, ui.getState().locale, 'deleted.focus', { name }));
      } else document.querySelector<HTMLElement>('.react-flow__pane, [data-region="canvas"]')?.focus();
    });
  };
  /** 1–4 and 0: the level of every selected card, as one undo step. */
  const setLevel = (level: Level | null) => {
    const key = `level-${++levelRun}`;
    for (const id of selectedTouchpoints()) store.dispatch('updateTouchpoint', { id, patch: { level: level ?? undefined } }, { mergeKey: key });
  };
  const paste = () => pasteCards(host.services, host.document);
  const addTouchpoint = () => {
    const map = store.getState().map;
    const cell = newCardCell(map, layoutGrid(map), ui.getState().selection);
    if (!cell) return;
    if (store.dispatch('addTouchpoint', { ...cell, title: defaultNames(ui.getState().locale).touchpoint })) {
      selectCreated();
      selectInspectorTitle(store.getState().created[0]);
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
    'compare-with': host.compare,
    'share-network': host.share,
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
    'set-level-1': () => setLevel('basic'),
    'set-level-2': () => setLevel('satisfactory'),
    'set-level-3': () => setLevel('value-added'),
    'set-level-4': () => setLevel('memorable'),
    'set-level-0': () => setLevel(null),
    'link-mode': host.startLink,
    'command-palette': host.openPalette,
    'focus-next-region': () => host.focusRegion(1),
    'focus-previous-region': () => host.focusRegion(-1),
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

/** The action a key press runs (the core's table decides), given what has focus. */
export function actionForKey(event: KeyboardEvent): ActionId | null {
  return actionForKeyPress(event, PAGE_PLATFORM, { typing: isTyping(event.target), editsText: editsText(event.target) });
}
