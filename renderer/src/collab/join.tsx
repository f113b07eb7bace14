/**
 * Opening a join link: ask the person's name once (kept in this browser), connect, and hand the
 * page a document store that edits the room once the host has sent the map.
 */
import { useState, useSyncExternalStore } from 'react';
import type { Root } from 'react-dom/client';
import { CollabSession, presenceColour, type JoinLink } from '../../../src/collab';
import { translate } from '../../../src/i18n';
import { COLLAB_UI, type CollabUiKey } from '../i18n/collab-ui';
import type { Locale } from '../../../src/model';
import { createCollabStore, type CollabStore } from '../../../src/store';
import type { UiStore } from '../app/ui-store';
import { connectRoom, type RoomConnection } from './connection';
import type { Room } from './context';
import './collab.css';

const NAME_KEY = 'touchpoint-studio:collab-name';
const MAX_NAME = 80;
/** Pointer positions are shared at most this often; the others see a smooth enough trail. */
export const CURSOR_INTERVAL_MS = 50;

function rememberedName(): string | null {
  try {
    return localStorage.getItem(NAME_KEY);
  } catch {
    return null;
  }
}

const PARTICIPANT_KEY = 'touchpoint.participantId';

/**
 * This device's id in workshop rooms, kept across reloads so a person's stickies and dots stay theirs
 * (a Yjs client id changes on every connection). A private window without storage gets a fresh one.
 */
function participantId(): string {
  const fresh = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  try {
    const known = localStorage.getItem(PARTICIPANT_KEY);
    if (known && /^[0-9a-f]{16}$/.test(known)) return known;
    const id = fresh();
    localStorage.setItem(PARTICIPANT_KEY, id);
    return id;
  } catch {
    return fresh();
  }
}

function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // A private window may refuse storage: the name is asked again next time, nothing worse.
  }
}

/** At most one refresh per frame, and still one when the tab is in the background (no frames there). */
function oncePerFrame(refresh: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    refresh();
  };
  requestAnimationFrame(run);
  setTimeout(run, 100);
}

export interface JoinedRoom {
  readonly room: Room;
  readonly store: CollabStore;
}

export interface JoinOptions {
  /** Whether the host answers at all, where the page cannot simply ask it (the desktop's own room). */
  readonly reachable?: () => Promise<boolean>;
}

/** Resolves once the room's map is here; never resolves when the host refuses (the page says why). */
export async function joinRoom(link: JoinLink, root: Root, ui: UiStore, options: JoinOptions = {}): Promise<JoinedRoom> {
  const locale = () => ui.getState().locale;
  const name = rememberedName() ?? (await new Promise<string>((resolve) => root.render(<JoinScreen locale={locale()} onJoin={resolve} />)));
  rememberName(name);

  // The link names the host when it is not this page's own (the desktop app joining the room it shares).
  const connection = connectRoom(link, { origin: link.origin ?? location.origin, ...(options.reachable ? { reachable: options.reachable } : {}) });
  const colour = presenceColour(connection.ydoc.clientID);
  connection.awareness.setLocalState({ name, colour, selection: [] });
  root.render(<ConnectingScreen connection={connection} locale={locale()} />);
  await new Promise<void>((resolve) => {
    if (connection.getState().synced) resolve();
    const off = connection.subscribe(() => {
      if (!connection.getState().synced) return;
      off();
      resolve();
    });
  });

  const session = new CollabSession(connection.ydoc);
  const store = createCollabStore(session, { schedule: oncePerFrame });
  // Others see what this person selects, whatever selected it (canvas, search, keyboard).
  let shared = ui.getState().selection;
  ui.subscribe(() => {
    const selection = ui.getState().selection;
    if (selection === shared) return;
    shared = selection;
    connection.awareness.setLocalStateField('selection', [...selection]);
  });
  return { room: { connection, session, self: { name, colour }, role: link.role, participantId: participantId() }, store };
}

function JoinScreen({ locale, onJoin }: { locale: Locale; onJoin: (name: string) => void }) {
  const t = (key: CollabUiKey) => translate(COLLAB_UI, locale, key);
  const [name, setName] = useState('');
  return (
    <div className="room-screen">
      <form
        className="welcome room-screen__card"
        onSubmit={(event) => {
          event.preventDefault();
          onJoin(name.trim().slice(0, MAX_NAME));
        }}
      >
        <h1>{t('join.title')}</h1>
        <p className="welcome__lead">{t('join.body')}</p>
        <label className="room-screen__field">
          <span>{t('join.name')}</span>
          <input data-testid="join-name" value={name} maxLength={MAX_NAME} autoFocus autoComplete="nickname" placeholder={t('presence.anonymous')} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="btn btn--primary" data-testid="join-submit">
          {t('join.submit')}
        </button>
      </form>
    </div>
  );
}

function ConnectingScreen({ connection, locale }: { connection: RoomConnection; locale: Locale }) {
  const state = useSyncExternalStore(connection.subscribe, connection.getState);
  const t = (key: CollabUiKey) => translate(COLLAB_UI, locale, key);
  const refused = state.status === 'refused';
  return (
    <div className="room-screen">
      <div className="welcome room-screen__card" role={refused ? 'alert' : 'status'} data-testid="room-connecting" data-status={state.status}>
        <h1>{t('join.title')}</h1>
        <p className="welcome__lead">{refused ? t('status.refused') : state.unreachable ? t('status.unreachable') : t('join.connecting')}</p>
      </div>
    </div>
  );
}
