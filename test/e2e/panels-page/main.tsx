/**
 * A development harness for the panels, independent of the editor app: a sample in a document store,
 * a plain list standing in for the canvas (click selects, shift-click adds, filtered-out cards get
 * `is-dimmed`), and the FilterBar, FindingsPanel and Inspector mounted as the App mounts them.
 * Query: `sample=…&lang=en|zh-CN&theme=light|dark`, or `big=2000` for a generated map. `window.__store` and `window.__ui` expose the stores.
 */
import { useEffect, useMemo, useSyncExternalStore, type CSSProperties } from 'react';
import { createRoot } from 'react-dom/client';
import { matchesFilter } from '../../../src/commands';
import { isLocale } from '../../../src/i18n';
import { parseMapValue } from '../../../src/model';
import { createDocStore } from '../../../src/store';
import { AppContext, type AppServices } from '../../../renderer/src/app/context';
import { createUiStore } from '../../../renderer/src/app/ui-store';
import { FilterBar } from '../../../renderer/src/panels/FilterBar';
import { FindingsPanel } from '../../../renderer/src/panels/FindingsPanel';
import { Inspector } from '../../../renderer/src/panels/Inspector';
import type { Platform } from '../../../renderer/src/platform/types';
import { applyTheme } from '../../../renderer/src/theme/tokens';
import { generateMap } from '../../fixtures/generate';

const samples = import.meta.glob('../../../samples/*.tpmap.json', { eager: true, import: 'default' });

function load(stem: string) {
  const entry = Object.entries(samples).find(([path]) => path.endsWith(`/${stem}.tpmap.json`));
  const parsed = parseMapValue(entry?.[1]);
  if (!parsed.ok) throw new Error(`sample ${stem} does not parse`);
  return parsed.map;
}

const params = new URLSearchParams(location.search);
const lang = params.get('lang');
const locale = isLocale(lang) ? lang : 'en';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.lang = locale;
applyTheme(document.documentElement, theme);

const services: AppServices = {
  // `big=2000` loads a generated map of that many touchpoints, to time typing on a large map.
  store: createDocStore(params.get('big') ? generateMap({ touchpoints: Number(params.get('big')) }) : load(params.get('sample') ?? 'car-dealer-aftersales')),
  ui: createUiStore({ locale, themeChoice: theme, theme }),
  platform: {} as Platform,
};
Object.assign(window, { __store: services.store, __ui: services.ui });

const layout: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr) 320px',
  gridTemplateRows: 'auto minmax(0, 1fr) 260px',
  height: '100vh',
  margin: 0,
  background: 'var(--tp-bg)',
  color: 'var(--tp-ink)',
  font: '12px system-ui, sans-serif',
};

function Cards() {
  const { store, ui } = services;
  const { map } = useSyncExternalStore(store.subscribe, store.getState);
  const { selection, filter } = useSyncExternalStore(ui.subscribe, ui.getState);
  const stageName = useMemo(() => new Map(map.stages.map((s) => [s.id, s.name])), [map]);
  return (
    <div style={{ overflow: 'auto', padding: 8, display: 'flex', flexWrap: 'wrap', gap: 6, alignContent: 'flex-start' }}>
      {/* A large map shows its first cards only: the harness times the panels, not a list of 2 000 buttons. */}
      {map.touchpoints.slice(0, params.has('big') ? 0 : 120).map((tp) => (
        <button
          key={tp.id}
          type="button"
          data-id={tp.id}
          className={`card${matchesFilter(tp, filter) ? '' : ' is-dimmed'}`}
          aria-pressed={selection.has(tp.id)}
          style={{
            width: 150,
            textAlign: 'left',
            padding: 6,
            border: `1px solid ${selection.has(tp.id) ? 'var(--tp-selection)' : 'var(--tp-card-border)'}`,
            background: 'var(--tp-card)',
            color: 'var(--tp-ink)',
            opacity: matchesFilter(tp, filter) ? 1 : 0.3,
            font: 'inherit',
          }}
          onClick={(e) =>
            ui.set((s) => {
              if (!e.shiftKey) return { selection: new Set([tp.id]) };
              const next = new Set(s.selection);
              if (next.has(tp.id)) next.delete(tp.id);
              else next.add(tp.id);
              return { selection: next };
            })
          }
        >
          <small>{stageName.get(tp.stage)}</small>
          <br />
          {tp.title}
          {tp.level ? ` [${tp.level}]` : ''}
          {tp.painPoints?.length ? ` ⚠${tp.painPoints.length}` : ''}
        </button>
      ))}
      <button type="button" data-testid="deselect" onClick={() => ui.set({ selection: new Set() })}>
        deselect
      </button>
    </div>
  );
}

function Harness() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select')) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) services.store.redo();
        else services.store.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <AppContext.Provider value={services}>
      <div style={layout}>
        <div style={{ gridColumn: '1 / 3' }}>
          <FilterBar />
        </div>
        <Cards />
        <div style={{ gridColumn: 2, gridRow: '2 / 4', minHeight: 0, borderLeft: '1px solid var(--tp-panel-border)' }}>
          <Inspector />
        </div>
        <div style={{ gridColumn: 1, gridRow: 3, minHeight: 0, borderTop: '1px solid var(--tp-panel-border)' }}>
          <FindingsPanel />
        </div>
      </div>
    </AppContext.Provider>
  );
}

document.body.style.margin = '0';
createRoot(document.getElementById('root')!).render(<Harness />);
