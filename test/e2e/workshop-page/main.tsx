/**
 * A development harness for presentation mode, independent of the editor app: loads a sample into
 * a document store and mounts PresentationMode the way the App does (button `present` or F5; Esc
 * leaves). `window.__store` exposes the store so a test can read the document.
 */
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { isLocale } from '../../../src/i18n';
import { parseMapValue } from '../../../src/model';
import { createDocStore } from '../../../src/store';
import { PresentationMode } from '../../../renderer/src/workshop/PresentationMode';

const samples = import.meta.glob('../../../samples/*.tpmap.json', { eager: true, import: 'default' });

function load(stem: string) {
  const entry = Object.entries(samples).find(([path]) => path.endsWith(`/${stem}.tpmap.json`));
  const parsed = parseMapValue(entry?.[1]);
  if (!parsed.ok) throw new Error(`sample ${stem} does not parse`);
  return parsed.map;
}

function Harness() {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  const locale = isLocale(lang) ? lang : 'en';
  const store = useMemo(() => createDocStore(load(params.get('sample') ?? 'car-dealer-aftersales')), []);
  const [presenting, setPresenting] = useState(false);
  useEffect(() => {
    (window as unknown as { __store: typeof store }).__store = store;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F5') {
        e.preventDefault();
        setPresenting(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  if (presenting) return <PresentationMode store={store} locale={locale} onExit={() => setPresenting(false)} />;
  return (
    <main>
      <button type="button" data-testid="present" onClick={() => setPresenting(true)}>
        {locale === 'zh-CN' ? '演示模式' : 'Presentation mode'}
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Harness />);
