/**
 * A page with the export dialog alone (no app shell), for browser tests of the export modules.
 * Built by test/e2e/export-page.test.ts with Vite. Query: sample (a file in samples/, or
 * `generated-N` for a generated map of N touchpoints), format, lang, theme, select (comma-separated ids).
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { parseMap, type Locale, type MapDocument } from '../../../src/model';
import { ExportDialog, type ExportFormat } from '../../../renderer/src/export/ExportDialog';
import { planPng, svgToPng } from '../../../renderer/src/export/png';
import { renderMapSvg } from '../../../renderer/src/export/svg';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { applyTheme, type ThemeName } from '../../../renderer/src/theme/tokens';
import { generateMap } from '../../fixtures/generate';

const samples = import.meta.glob('../../../samples/*.tpmap.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const query = new URLSearchParams(location.search);
const sample = query.get('sample') ?? 'hotel-stay';
const locale = (query.get('lang') ?? 'en') as Locale;
const theme = (query.get('theme') ?? 'light') as ThemeName;
const format = (query.get('format') ?? 'png') as ExportFormat;
const selection = new Set((query.get('select') ?? '').split(',').filter(Boolean));

function loadMap(): MapDocument {
  const generated = /^generated-(\d+)(-zh)?$/.exec(sample);
  if (generated) return generateMap({ touchpoints: Number(generated[1]), locale: generated[2] ? 'zh-CN' : 'en' });
  const text = Object.entries(samples).find(([path]) => path.endsWith(`/${sample}.tpmap.json`))?.[1];
  if (!text) throw new Error(`no sample ${sample}`);
  const result = parseMap(text);
  if (!result.ok) throw new Error(`sample ${sample} does not parse`);
  return result.map;
}

const map = loadMap();
const platform = createWebPlatform({ fileSystemAccess: false, locale: () => locale });
applyTheme(document.documentElement, theme);

export interface ExportTestPage {
  map: MapDocument;
  renderMapSvg: typeof renderMapSvg;
  planPng: typeof planPng;
  svgToPng: typeof svgToPng;
  open(): void;
  ready: true;
}

let reopen: () => void = () => undefined;

function Page() {
  const [open, setOpen] = useState(true);
  reopen = () => setOpen(true);
  return open ? (
    <ExportDialog map={map} selection={selection} locale={locale} theme={theme} platform={platform} initial={format} onClose={() => setOpen(false)} />
  ) : (
    <p data-testid="closed">closed</p>
  );
}

document.getElementById('before')!.focus();
// StrictMode: the dialog must survive being mounted, unmounted and mounted again.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
(window as unknown as { tp: ExportTestPage }).tp = { map, renderMapSvg, planPng, svgToPng, open: () => reopen(), ready: true };
