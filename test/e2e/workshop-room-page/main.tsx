/**
 * The workshop room without a server: a facilitator's Y.Doc and a participant's Y.Doc linked in the
 * page (every update relayed to the other, as y-websocket would), the participant view in one pane
 * and the facilitator's room list in the other. Built by test/e2e/workshop-room.test.ts with Vite.
 * Query: sample (a file in samples/), lang, theme, view (both | participant | present: the real
 * presentation mode with the room beside the slides, the participant acting through `tp`).
 */
import '../../../renderer/src/workshop/presentation.css';
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import * as Y from 'yjs';
import { applyMapToYDoc, toYDoc } from '../../../src/collab';
import { parseMap, type Locale, type MapDocument } from '../../../src/model';
import { createDocStore, type DocStore } from '../../../src/store';
import { addSticky, castDot, createTimer, publishClock, readRoom, timerReducer, type RoomState } from '../../../src/workshop';
import { PresentationMode } from '../../../renderer/src/workshop/PresentationMode';
import { ParticipantView } from '../../../renderer/src/workshop/ParticipantView';
import { makeT } from '../../../renderer/src/workshop/parts';
import { RoomPanel } from '../../../renderer/src/workshop/RoomPanel';
import { applyTheme, type ThemeName } from '../../../renderer/src/theme/tokens';

const samples = import.meta.glob('../../../samples/*.tpmap.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const query = new URLSearchParams(location.search);
const sample = query.get('sample') ?? 'car-dealer-aftersales';
const locale = (query.get('lang') ?? 'en') as Locale;
const theme = (query.get('theme') ?? 'light') as ThemeName;
const view = query.get('view') ?? 'both';

function loadMap(): MapDocument {
  const text = Object.entries(samples).find(([path]) => path.endsWith(`/${sample}.tpmap.json`))?.[1];
  if (!text) throw new Error(`no sample ${sample}`);
  const result = parseMap(text);
  if (!result.ok) throw new Error(`sample ${sample} does not parse`);
  return result.map;
}

const RELAY = Symbol('relay');
function link(a: Y.Doc, b: Y.Doc): void {
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== RELAY) Y.applyUpdate(b, update, RELAY);
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== RELAY) Y.applyUpdate(a, update, RELAY);
  });
}

const map = loadMap();
const host = toYDoc(map);
const guest = new Y.Doc();
Y.applyUpdate(guest, Y.encodeStateAsUpdate(host));
link(host, guest);

// The facilitator's edits reach the room as they would through the app's connection.
const store = createDocStore(map);
let shared = map;
store.subscribe(() => {
  const next = store.getState().map;
  if (next === shared) return;
  applyMapToYDoc(host, shared, next, 'facilitator');
  shared = next;
});

applyTheme(document.documentElement, theme);
const t = makeT(locale);

function Facilitator({ store: s }: { store: DocStore }) {
  const state = useSyncExternalStore(s.subscribe, s.getState);
  return <RoomPanel link={facilitatorLink} store={s} map={state.map} stageId={null} t={t} />;
}

export interface RoomTestPage {
  ready: boolean;
  map(): MapDocument;
  /** What the participant's device knows of the projector (view=present drives it from presentation mode). */
  guestRoom(): RoomState;
  /** A participant acting from their own document, for pages where presentation mode covers the screen. */
  guestSticky(kind: 'idea' | 'pain', stageId: string, text: string, author: string | null): boolean;
  guestDot(participantId: string, painPointId: string): boolean;
  /** The projector moves to a stage with its timer running (minutes, already elapsed ms). */
  showStage(stageId: string | null, minutes: number, elapsedMs: number): void;
}

declare global {
  interface Window {
    tp: RoomTestPage;
  }
}

window.tp = {
  ready: false,
  map: () => store.getState().map,
  guestRoom: () => readRoom(guest),
  guestSticky: (kind, stageId, text, author) => addSticky(guest, { kind, stageId, text, author }, `g-${Math.random().toString(36).slice(2)}`, Date.now()) !== null,
  guestDot: (participantId, painPointId) => castDot(guest, participantId, painPointId),
  showStage(stageId, minutes, elapsedMs) {
    const now = Date.now();
    const timer = timerReducer(createTimer(minutes, stageId), { type: 'start', now: now - elapsedMs });
    publishClock(host, timer);
  },
};

const facilitatorLink = { ydoc: host, participantId: 'facilitator', self: { name: 'Facilitator' } };

createRoot(document.getElementById('root')!).render(
  view === 'present' ? (
    <StrictMode>
      <PresentationMode store={store} locale={locale} onExit={() => undefined} room={facilitatorLink} />
    </StrictMode>
  ) : (
  <StrictMode>
    <div style={{ display: 'flex', alignItems: 'stretch', minHeight: '100vh' }}>
      <div id="participant" style={{ flex: view === 'participant' ? '1 1 auto' : '0 0 360px', minWidth: 0 }}>
        <ParticipantView link={{ ydoc: guest, participantId: 'guest1', self: { name: '' } }} locale={locale} />
      </div>
      {view === 'both' ? (
        <div id="facilitator" className="ws-root" lang={locale} style={{ position: 'relative', flex: '1 1 auto', display: 'block', zIndex: 0 }}>
          <Facilitator store={store} />
        </div>
      ) : null}
    </div>
  </StrictMode>
  ),
);
window.tp.ready = true;
