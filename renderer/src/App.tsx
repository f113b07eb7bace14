/**
 * The editor window: toolbar, filter bar, canvas, findings and inspector panels, notices, and the
 * modes that replace it (presentation). Wires the action table to the toolbar, keyboard and menu.
 */
import { ReactFlowProvider, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import {
  Download,
  FileDown,
  FilePlus,
  FolderOpen,
  Languages,
  ListChecks,
  Maximize,
  Moon,
  MoreHorizontal,
  PanelRight,
  Plus,
  Presentation,
  Redo2,
  Save,
  Sun,
  Undo2,
  ZoomIn,
  ZoomOut,
} from 'lucide-react';
import { lazy, memo, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { actionLabel, actionSpec, isChecked, isEnabled, tooltipFor, type ActionContext, type PageActionId } from '../../src/actions';
import { redoTitle, undoTitle } from './i18n/commands';
import { UI } from './i18n/ui';
import { layoutGrid } from '../../src/layout';
import { MAX_NAME_LENGTH, type Locale } from '../../src/model';
import { actionForKey, createActions, PAGE_PLATFORM, type ViewControls } from './app/actions';
import { CommandPalette } from './app/CommandPalette';
import { useLinkMode } from './app/link-mode';
import { useMenuState } from './app/menu-state';
import { focusRegion } from './app/regions';
import { AppContext, useApp, useDoc, useT, useUi, type AppServices } from './app/context';
import { DropOverlay, useFileDrop, type DroppedFile } from './app/file-drop';
import type { DocumentController } from './app/document';
import { Canvas, fitViewport } from './canvas/Canvas';
import { useCollab } from './collab/context';
import { RoomStatus } from './collab/RoomStatus';
import type { ExportFormat } from './export/ExportDialog';
import { FilterBar } from './panels/FilterBar';
import { FindingsPanel } from './panels/FindingsPanel';
import { Inspector } from './panels/Inspector';
import { Shortcuts } from './app/Shortcuts';
import { Welcome } from './app/Welcome';
import type { ElectronPlatform } from './platform';
import { Notices } from './app/Notices';
import { DialogHost } from './ui/dialogs';
import { EditableText } from './ui/EditableText';
import { Menu, type MenuItem } from './ui/Menu';

export interface AppProps {
  services: AppServices;
  document: DocumentController;
  /** Show the start screen first (no file, sample or draft was opened). */
  welcome: boolean;
  /** Open the Share dialog at once (the window has just moved into the room it shares). */
  sharing?: boolean;
  setLocale(locale: Locale): void;
  toggleTheme(): void;
}

export function App(props: AppProps) {
  return (
    <AppContext.Provider value={props.services}>
      <ReactFlowProvider>
        <Editor {...props} />
      </ReactFlowProvider>
      <DialogHost />
    </AppContext.Provider>
  );
}

// Loaded when first used, so the editor opens without the export and projector code.
const ExportDialog = lazy(() => import('./export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const ShareDialog = lazy(() => import('./collab/ShareDialog').then((m) => ({ default: m.ShareDialog })));
const CompareHost = lazy(() => import('./compare/CompareHost').then((m) => ({ default: m.CompareHost })));
const PresentationMode = lazy(() => import('./workshop/PresentationMode').then((m) => ({ default: m.PresentationMode })));

// The canvas and panels read their own stores; the toolbar re-rendering must not re-render them.
const CanvasView = memo(Canvas);
const FindingsView = memo(FindingsPanel);
const InspectorView = memo(Inspector);
const FilterView = memo(FilterBar);

const zoomSelector = (s: ReactFlowState) => s.transform[2];

/** Toolbar buttons: their action, icon and short name (the tooltip adds the table's keys). */
interface Tool {
  readonly id: PageActionId;
  readonly label: (t: UiT) => string;
  readonly icon: ReactNode;
  /** Shown with its name, not only an icon. */
  readonly wide?: 'primary' | 'plain';
  readonly testId?: string;
}
type UiT = (key: keyof (typeof UI)['en']) => string;

const icon = (I: typeof Save) => <I size={18} aria-hidden="true" />;
const TOOL_GROUPS: readonly (readonly Tool[])[] = [
  [
    { id: 'new-map', label: (t) => t('toolbar.new'), icon: icon(FilePlus), testId: 'new-map' },
    { id: 'open', label: (t) => t('toolbar.open'), icon: icon(FolderOpen), testId: 'open' },
    { id: 'save', label: (t) => t('toolbar.save'), icon: icon(Save), testId: 'save' },
  ],
  [
    { id: 'undo', label: (t) => t('toolbar.undo'), icon: icon(Undo2), testId: 'undo' },
    { id: 'redo', label: (t) => t('toolbar.redo'), icon: icon(Redo2), testId: 'redo' },
  ],
  [{ id: 'add-touchpoint', label: (t) => t('toolbar.addTouchpoint'), icon: <Plus size={16} aria-hidden="true" />, wide: 'primary', testId: 'add-touchpoint' }],
];
const TOOL_GROUPS_AFTER_TITLE: readonly (readonly Tool[])[] = [
  [
    { id: 'zoom-out', label: (t) => t('toolbar.zoomOut'), icon: icon(ZoomOut), testId: 'zoom-out' },
    { id: 'zoom-in', label: (t) => t('toolbar.zoomIn'), icon: icon(ZoomIn), testId: 'zoom-in' },
    { id: 'zoom-fit', label: (t) => t('toolbar.fit'), icon: icon(Maximize), testId: 'fit' },
  ],
  [
    { id: 'export-pdf', label: (t) => t('toolbar.export'), icon: icon(FileDown), testId: 'export-pdf' },
    { id: 'export-dialog', label: (t) => t('toolbar.exportMore'), icon: icon(Download), testId: 'export' },
    { id: 'presentation-mode', label: (t) => t('toolbar.present'), icon: <Presentation size={16} aria-hidden="true" />, wide: 'plain', testId: 'present' },
  ],
  [
    { id: 'toggle-findings', label: (t) => t('toolbar.findings'), icon: icon(ListChecks), testId: 'toggle-findings' },
    { id: 'toggle-inspector', label: (t) => t('toolbar.inspector'), icon: icon(PanelRight), testId: 'toggle-inspector' },
    { id: 'toggle-theme', label: (t) => t('toolbar.theme'), icon: null, testId: 'theme' },
    { id: 'language-en', label: (t) => t('toolbar.language'), icon: icon(Languages), testId: 'language' },
  ],
];
const ALL_TOOLS = [...TOOL_GROUPS, ...TOOL_GROUPS_AFTER_TITLE].flat();
/** What moves into "More" first when the toolbar runs out of room: the table's lowest priority. */
const OVERFLOW_ORDER = [...ALL_TOOLS].sort((a, b) => (actionSpec(a.id).toolbar?.priority ?? 0) - (actionSpec(b.id).toolbar?.priority ?? 0)).map((tool) => tool.id);
/** Room kept for the brand, the map title and the "More" button. */
const RESERVED_WIDTH = 56 + 260 + 44;
/** Below this width the side panels float over the canvas, one at a time. */
const NARROW = '(max-width: 1279px)';

/**
 * Which tools fit: measures each once shown, then hides the lowest priority until the rest fit.
 * Presentation mode unmounts the toolbar: a detached bar measures 0 wide (which would hide every
 * tool), and the one mounted on the way back is a new element, so it is measured and observed anew.
 */
function useToolbarOverflow(locale: Locale, presenting: boolean): { ref: React.RefObject<HTMLElement | null>; hidden: ReadonlySet<PageActionId> } {
  const ref = useRef<HTMLElement>(null);
  const widths = useRef(new Map<string, number>());
  const [hidden, setHidden] = useState<ReadonlySet<PageActionId>>(() => new Set());
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return undefined;
    widths.current.clear();
    const measure = () => {
      if (!bar.isConnected) return;
      for (const el of bar.querySelectorAll<HTMLElement>('[data-tool]')) {
        const width = el.getBoundingClientRect().width;
        if (width > 0) widths.current.set(el.dataset['tool']!, width + 2);
      }
      const groupGaps = (TOOL_GROUPS.length + TOOL_GROUPS_AFTER_TITLE.length) * 14 + 60;
      let total = ALL_TOOLS.reduce((sum, tool) => sum + (widths.current.get(tool.id) ?? 36), groupGaps);
      const room = bar.clientWidth - RESERVED_WIDTH;
      const next = new Set<PageActionId>();
      for (const id of OVERFLOW_ORDER) {
        if (total <= room) break;
        next.add(id);
        total -= widths.current.get(id) ?? 36;
      }
      setHidden((prev) => (prev.size === next.size && [...next].every((id) => prev.has(id)) ? prev : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    measure();
    return () => observer.disconnect();
  }, [locale, presenting]);
  return { ref, hidden };
}

function Editor({ document: controller, welcome: initialWelcome, sharing: initialSharing = false, setLocale, toggleTheme }: AppProps) {
  const services = useApp();
  const { store, platform, ui } = services;
  const doc = useDoc();
  const { panels, locale, theme, selection, documentKey } = useUi();
  const t = useT(UI);
  const flow = useReactFlow();
  const [exporting, setExporting] = useState<{ format: ExportFormat; run: boolean } | null>(null);
  const [presenting, setPresenting] = useState(false);
  const collab = useCollab();
  // In a shared room, presentation mode runs the workshop room (stickies, dots, the clock) on the same document.
  const roomLink = useMemo(
    () => (collab ? { ydoc: collab.ydoc, participantId: collab.participantId, self: { name: collab.self.name } } : null),
    [collab?.ydoc, collab?.participantId, collab?.self.name],
  );
  const [welcome, setWelcome] = useState(initialWelcome);
  const [choosing, setChoosing] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const [sharing, setSharing] = useState(initialSharing);
  const [palette, setPalette] = useState(false);
  const [compareRequest, setCompareRequest] = useState(0);
  const [comparing, setComparing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const session = useSyncExternalStore(controller.subscribe, controller.getSession);
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const linking = useLinkMode(services, announce);
  const { ref: toolbarRef, hidden } = useToolbarOverflow(locale, presenting);
  const onFileDrop = useCallback(
    ({ file, handle, count }: DroppedFile) => {
      void controller.openDropped(file, handle).then((opened) => {
        if (opened && count > 1) controller.notify({ kind: 'info', text: t('notice.droppedMany', { name: file.name, count }) }, 6000);
      });
    },
    [controller, t],
  );
  // Not over the compare view or the projector, and not while a dialog asks something.
  const droppingFiles = useFileDrop(!presenting && !comparing && !exporting, onFileDrop);

  // A document opened from anywhere (menu, draft, recent file) closes the start screen.
  const firstKey = useRef(documentKey);
  useEffect(() => {
    if (documentKey !== firstKey.current) setWelcome(false);
  }, [documentKey]);

  // In a narrow window the panels float over the canvas: one at a time, so the map keeps most of it.
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const fit = () => {
      const { panels: open } = ui.getState();
      if (query.matches && open.findings && open.inspector) ui.set({ panels: { findings: false, inspector: true } });
    };
    fit();
    query.addEventListener('change', fit);
    return () => query.removeEventListener('change', fit);
  }, [ui]);

  const view = useRef<ViewControls | null>(null);
  view.current = {
    zoomIn: () => void flow.zoomIn({ duration: 150 }),
    zoomOut: () => void flow.zoomOut({ duration: 150 }),
    fit: () => {
      const el = globalThis.document.querySelector('.canvas');
      if (!el) return;
      const rect = el.getBoundingClientRect();
      void flow.setViewport(fitViewport(layoutGrid(store.getState().map), rect.width, rect.height), { duration: 200 });
    },
    visibleCentre: () => {
      const el = globalThis.document.querySelector('.canvas');
      if (!el) return null;
      const rect = el.getBoundingClientRect();
      return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    },
  };

  const actions = useMemo(
    () =>
      createActions({
        services,
        document: controller,
        view: () => view.current,
        openExport: (format, autoRun = false) => setExporting({ format, run: autoRun }),
        present: () => setPresenting(true),
        compare: () => setCompareRequest((n) => n + 1),
        share: () => setSharing(true),
        chooseTemplate: () => setChoosing(true),
        setLocale,
        toggleTheme,
        focusSearch: () => globalThis.document.querySelector<HTMLInputElement>('[data-testid="filter-search"]')?.focus(),
        showShortcuts: () => setShortcuts(true),
        openPalette: () => setPalette(true),
        focusRegion,
        startLink: linking.start,
        announce,
      }),
    [services, controller, setLocale, toggleTheme, linking.start, announce],
  );

  const selectedCount = doc.map.touchpoints.filter((tp) => selection.has(tp.id)).length;
  const context: ActionContext = {
    hasDocument: true,
    cards: doc.map.touchpoints.length,
    selectedCards: selectedCount,
    selectedLinks: (doc.map.links ?? []).filter((k) => selection.has(k.id)).length,
    canUndo: doc.canUndo,
    canRedo: doc.canRedo,
    saving: session.saving,
    // The compare view stands over the editor: the editor's own keys must not edit the map beneath it.
    presenting: presenting || comparing,
    panels,
    locale,
    canHost: platform.share !== undefined,
  };
  const comparingRef = useRef(comparing);
  comparingRef.current = comparing;
  const contextRef = useRef(context);
  contextRef.current = context;
  useMenuState(platform.setMenuState, context);

  const run = useCallback(
    (id: PageActionId) => {
      if (id !== 'new-map' && id !== 'help.shortcuts' && id !== 'command-palette') setWelcome(false);
      if (id === 'toggle-findings' || id === 'toggle-inspector') {
        // A panel opened in a narrow window closes the other one.
        const opening = id === 'toggle-findings' ? !ui.getState().panels.findings : !ui.getState().panels.inspector;
        if (opening && window.matchMedia(NARROW).matches) ui.set({ panels: { findings: false, inspector: false } });
      }
      actions[id]();
    },
    [actions, ui],
  );

  const linkingRef = useRef(linking.active);
  linkingRef.current = linking.active;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || linkingRef.current || globalThis.document.querySelector('[aria-modal="true"]')) return;
      const id = actionForKey(event);
      if (!id || id === 'about' || !isEnabled(id, contextRef.current)) return;
      event.preventDefault();
      // Ahead of React Flow's own arrow and delete handling on a focused card; Esc still reaches menus.
      if (id !== 'select-none') event.stopPropagation();
      run(id);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run]);

  // Files the OS hands to the desktop app: double-click, the command line, Open Recent.
  useEffect(() => {
    if (!('onOpenFile' in platform)) return undefined;
    return (platform as ElectronPlatform).onOpenFile((file) => {
      void (async () => {
        if (await controller.confirmDiscard()) controller.openText(file.text, file.ref, file.ref.name);
      })();
    });
  }, [platform, controller]);

  useEffect(
    () =>
      platform.onCommand((command) => {
        if (command === 'about' || !(command in actions)) return;
        // Menu items reach here even while the compare view covers the editor: only what it allows runs.
        if (comparingRef.current && !isEnabled(command as PageActionId, contextRef.current)) return;
        run(command as PageActionId);
      }),
    [platform, actions, run],
  );

  if (presenting) {
    return (
      <Suspense fallback={null}>
        <PresentationMode store={store} locale={locale} onExit={() => setPresenting(false)} room={roomLink} />
      </Suspense>
    );
  }

  const toolTitle = (tool: Tool, label: string) => {
    if (tool.id === 'undo') return tooltipFor('undo', PAGE_PLATFORM, undoTitle(doc.undoLabel, locale));
    if (tool.id === 'redo') return tooltipFor('redo', PAGE_PLATFORM, redoTitle(doc.redoLabel, locale));
    if (tool.id === 'toggle-theme') return `${label}: ${t(theme === 'dark' ? 'toolbar.theme.dark' : 'toolbar.theme.light')}`;
    return tooltipFor(tool.id, PAGE_PLATFORM, label);
  };
  const renderTool = (tool: Tool) => {
    if (hidden.has(tool.id)) return null;
    const label = tool.label(t);
    if (tool.id === 'language-en') {
      return (
        <span key={tool.id} data-tool={tool.id}>
          <Menu label={label} testId="language" align="right" icon={tool.icon} items={languageItems} />
        </span>
      );
    }
    const disabled = !isEnabled(tool.id, context);
    const pressed = isChecked(tool.id, context);
    if (tool.wide) {
      return (
        <button
          key={tool.id}
          type="button"
          data-tool={tool.id}
          className={`btn btn--small${tool.wide === 'primary' ? ' btn--primary' : ''}`}
          onClick={() => run(tool.id)}
          data-testid={tool.testId}
          title={toolTitle(tool, label)}
          disabled={disabled}
        >
          {tool.icon}
          <span>{label}</span>
        </button>
      );
    }
    return (
      <button
        key={tool.id}
        type="button"
        data-tool={tool.id}
        className="icon-btn"
        aria-label={label}
        title={toolTitle(tool, label)}
        onClick={() => run(tool.id)}
        disabled={disabled}
        aria-pressed={pressed}
        data-testid={tool.testId}
      >
        {tool.id === 'toggle-theme' ? icon(theme === 'dark' ? Moon : Sun) : tool.icon}
      </button>
    );
  };
  const languageItems: MenuItem[] = [
    { id: 'en', label: 'English', checked: locale === 'en', run: () => run('language-en') },
    { id: 'zh-CN', label: '简体中文', checked: locale === 'zh-CN', run: () => run('language-zh-CN') },
  ];
  const group = (tools: readonly Tool[], i: number) => {
    const shown = tools.map(renderTool).filter((node) => node !== null);
    return shown.length > 0 ? (
      <div className="toolbar__group" key={i}>
        {tools[0]?.id === 'zoom-out' ? [shown[0], hidden.has('zoom-out') && hidden.has('zoom-in') ? null : <ZoomLabel key="zoom" />, ...shown.slice(1)] : shown}
      </div>
    ) : null;
  };
  // Everything the toolbar could not fit, in its order, from the action table.
  const moreItems: MenuItem[] = ALL_TOOLS.filter((tool) => hidden.has(tool.id)).flatMap((tool): MenuItem[] =>
    tool.id === 'language-en'
      ? (['language-en', 'language-zh-CN'] as const).map((id) => ({ id, label: actionLabel(id, locale), checked: isChecked(id, context) ?? false, run: () => run(id) }))
      : [{ id: tool.id, label: actionLabel(tool.id, locale), disabled: !isEnabled(tool.id, context), checked: isChecked(tool.id, context), run: () => run(tool.id) }],
  );

  return (
    <>
    <div className={`app app--${theme}`} inert={comparing}>
      <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-region="toolbar" ref={toolbarRef}>
        <div className="toolbar__group">
          <span className="brand" aria-hidden="true">
            <span className="brand__mark" />
          </span>
          {TOOL_GROUPS[0]!.map(renderTool)}
        </div>
        {TOOL_GROUPS.slice(1).map((tools, i) => group(tools, i + 1))}
        <MapTitle title={doc.map.title} dirty={doc.dirty} onRename={(title) => store.dispatch('setMapTitle', { title })} onCut={() => controller.notify({ kind: 'info', text: t('notice.titleCut', { max: MAX_NAME_LENGTH }) })} />
        {TOOL_GROUPS_AFTER_TITLE.map((tools, i) => group(tools, i + 10))}
        {moreItems.length > 0 ? (
          <div className="toolbar__group">
            <Menu label={t('toolbar.more')} testId="toolbar-more" align="right" icon={<MoreHorizontal size={18} aria-hidden="true" />} items={moreItems} />
          </div>
        ) : null}
      </header>
      <FilterView />
      <main className="workspace">
        {panels.findings ? (
          <aside className="side side--left" data-region="findings">
            <FindingsView />
          </aside>
        ) : null}
        <div className="workspace__canvas" data-region="canvas" tabIndex={-1}>
          <CanvasView />
        </div>
        {panels.inspector ? (
          <aside className="side side--right" data-region="inspector">
            <InspectorView />
          </aside>
        ) : null}
      </main>
      <footer className="statusbar">
        <span>{t('status.touchpoints', { count: doc.map.touchpoints.length })}</span>
        {selectedCount > 0 ? <span>{t('status.selected', { count: selectedCount })}</span> : null}
        <RoomStatus />
        <span className="statusbar__spacer" />
        <span>{session.file?.path ?? session.file?.name ?? ''}</span>
      </footer>
      <div className="sr-only" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
      <Notices controller={controller} />
      {droppingFiles ? <DropOverlay label={t('drop.title')} hint={t('drop.hint')} /> : null}
      {welcome && !choosing ? <Welcome variant="start" controller={controller} onClose={() => setWelcome(false)} /> : null}
      {choosing ? <Welcome variant="dialog" controller={controller} onClose={() => setChoosing(false)} /> : null}
      {shortcuts ? <Shortcuts onClose={() => setShortcuts(false)} /> : null}
      {sharing ? (
        <Suspense fallback={null}>
          <ShareDialog document={controller} onClose={() => setSharing(false)} />
        </Suspense>
      ) : null}
      {palette ? <CommandPalette context={context} onRun={run} onClose={() => setPalette(false)} /> : null}
      {exporting ? (
        <Suspense fallback={null}>
          <ExportDialog
            key={`${exporting.format}-${exporting.run}`}
            map={doc.map}
            selection={selection}
            locale={locale}
            theme={theme}
            platform={platform}
            initial={exporting.format}
            autoRun={exporting.run}
            onExported={(name) => controller.notify({ kind: 'info', text: t('notice.exportDone', { name }) }, 3000)}
            onClose={() => setExporting(null)}
          />
        </Suspense>
      ) : null}
    </div>
    {compareRequest > 0 ? (
      <Suspense fallback={null}>
        <CompareHost
          request={compareRequest}
          platform={platform}
          file={session.file ?? undefined}
          map={doc.map}
          locale={locale}
          theme={theme}
          onError={(text) => controller.notify({ kind: 'error', text })}
          onActive={setComparing}
        />
      </Suspense>
    ) : null}
    </>
  );
}

/**
 * The map's title in the toolbar: click or F2 to rename in place, Enter commits (one undo step),
 * Esc cancels. A pasted title over the format's limit is cut to it, and the person is told.
 */
function MapTitle({ title, dirty, onRename, onCut }: { title: string; dirty: boolean; onRename: (title: string) => void; onCut: () => void }) {
  const t = useT(UI);
  const [editing, setEditing] = useState(false);
  return (
    <div className="toolbar__title">
      {editing ? (
        <EditableText value={title} label={t('title.rename')} className="toolbar__name" editing onEditingChange={setEditing} maxLength={MAX_NAME_LENGTH} onCut={onCut} onCommit={onRename} />
      ) : (
        <button
          type="button"
          className="toolbar__name"
          data-testid="map-title"
          title={`${title} — ${t('title.rename')}`}
          onClick={() => setEditing(true)}
          onKeyDown={(event) => {
            if (event.key === 'F2') {
              event.preventDefault();
              setEditing(true);
            }
          }}
        >
          {title}
        </button>
      )}
      <span className={`toolbar__state${dirty ? ' is-dirty' : ''}`} data-testid="dirty-state" data-dirty={dirty}>
        {dirty ? `● ${t('toolbar.unsaved')}` : t('toolbar.saved')}
      </span>
    </div>
  );
}

/** The zoom readout: the only part of the toolbar that changes while zooming. */
function ZoomLabel() {
  const zoom = useStore(zoomSelector);
  const t = useT(UI);
  return (
    <span className="toolbar__zoom" aria-live="polite">
      {t('status.zoom', { zoom: Math.round(zoom * 100) })}
    </span>
  );
}

