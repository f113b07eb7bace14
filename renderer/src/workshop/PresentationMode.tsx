/**
 * Presentation mode: the map on a projector, stage by stage, with capture, dot voting and a stage
 * timer. Self-contained: the App mounts it in place of the editor and gives it the document store;
 * every edit is a store command (undoable, autosaved by the App). No React Flow here: slides are
 * plain HTML sized for a room.
 */
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './presentation.css';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore, type JSX, type MouseEvent } from 'react';
import { analyzeMap } from '../../../src/analysis';
import type { Locale } from '../../../src/i18n';
import type { PainPoint, Touchpoint } from '../../../src/model';
import type { DocStore } from '../../../src/store';
import {
  createTimer,
  cycle,
  dotCommand,
  dotsLeft,
  dotsTotal,
  levelForKey,
  navActionForKey,
  navigate,
  parseQuickEntry,
  planQuickEntry,
  publishClock,
  quickEntryLane,
  slidesFor,
  stagePainIds,
  startVote,
  summaryData,
  timerReducer,
  type NavAction,
  type VoteSession,
} from '../../../src/workshop';
import { HelpOverlay, QuickEntryBar, SuggestionsOverlay, TimerPill, VoteSetup, ZoomOverlay, type EntryMessage } from './overlays';
import { makeT } from './parts';
import { RoomPanel } from './RoomPanel';
import type { RoomLink } from './room-link';
import { OverviewSlide, ProgressStrip, StageSlide, SummarySlide } from './slides';

export interface PresentationModeProps {
  store: DocStore;
  locale: Locale;
  onExit: () => void;
  /** The shared room when the map is shared: participants' stickies and votes, and the clock they follow. */
  room?: RoomLink | null;
}

interface KeyboardLock {
  lock?(keys?: string[]): Promise<void>;
  unlock?(): void;
}

function keyboardLock(): KeyboardLock | undefined {
  return (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}

export function PresentationMode({ store, locale, onExit, room = null }: PresentationModeProps): JSX.Element {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const map = state.map;
  const t = useMemo(() => makeT(locale), [locale]);
  const slides = useMemo(() => slidesFor(map), [map]);
  const [rawIndex, setIndex] = useState(0);
  const index = Math.min(rawIndex, slides.length - 1);
  const slide = slides[index]!;
  const stageId = slide.kind === 'stage' ? slide.stageId : null;

  const [focus, setFocus] = useState(false);
  const [laser, setLaser] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [zoomId, setZoomId] = useState<string | null>(null);
  const [painId, setPainId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [blank, setBlank] = useState(false);
  const [entry, setEntry] = useState<{ initial: string; key: number } | null>(null);
  const [entryMessage, setEntryMessage] = useState<EntryMessage | null>(null);
  const [vote, setVote] = useState<VoteSession | null>(null);
  const [voteSetup, setVoteSetup] = useState(false);
  const [voteMessage, setVoteMessage] = useState<string | null>(null);
  const [timer, dispatchTimer] = useReducer(timerReducer, undefined, () => createTimer());
  const laserDot = useRef<HTMLDivElement>(null);

  // Selections that an undo removed are forgotten.
  const exists = (id: string | null) => id !== null && map.touchpoints.some((tp) => tp.id === id);
  const selectedId = exists(selected) ? selected : null;
  const zoomed = zoomId === null ? undefined : map.touchpoints.find((tp) => tp.id === zoomId);
  const target = zoomed?.id ?? selectedId;
  const targetTp = target === null ? undefined : map.touchpoints.find((tp) => tp.id === target);

  const go = useCallback((action: NavAction) => {
    setIndex((i) => navigate({ index: i, count: slidesFor(store.getState().map).length }, action).index);
    setZoomId(null);
    setPainId(null);
  }, [store]);

  // Full screen on entry, back out on exit; leaving full screen (browser Esc, F11) leaves the mode.
  // Browsers and Electron grant full screen only during a user gesture: when the mode was opened
  // without one (Electron's menu accelerator arrives over IPC), the first key or click asks again.
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  const retryFullscreen = useRef<(() => void) | null>(null);
  useEffect(() => {
    let entered = false;
    let mounted = true;
    let attemptsLeft = 4;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) {
        entered = false;
        exitRef.current();
      }
    };
    const request = () => {
      attemptsLeft -= 1;
      retryFullscreen.current = null;
      document.documentElement
        .requestFullscreen?.()
        ?.then(() => {
          // Left before the browser granted it: give the screen back.
          if (!mounted) return document.exitFullscreen?.();
          // Keep Esc for the mode (closing the quick-entry bar first) rather than the browser's own exit.
          return keyboardLock()?.lock?.(['Escape']);
        })
        .catch(() => {
          if (mounted && attemptsLeft > 0 && !document.fullscreenElement) retryFullscreen.current = request;
        });
    };
    document.addEventListener('fullscreenchange', onChange);
    request();
    return () => {
      mounted = false;
      retryFullscreen.current = null;
      document.removeEventListener('fullscreenchange', onChange);
      keyboardLock()?.unlock?.();
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    };
  }, []);

  // A selection on another slide would send the next `!` or level key somewhere off screen.
  useEffect(() => setSelected(null), [slide.key]);

  // The timer follows the slide (its pill ticks on its own, so the slides do not re-render each second).
  useEffect(() => dispatchTimer({ type: 'enterStage', stageId, now: Date.now() }), [stageId]);
  // Participants' devices follow the projector's stage and clock.
  useEffect(() => {
    if (room) publishClock(room.ydoc, timer);
  }, [room, timer]);

  const setLevelKey = (key: string): boolean => {
    const level = levelForKey(key);
    if (!level || target === null) return false;
    store.dispatch('updateTouchpoint', { id: target, patch: { level } });
    return true;
  };

  const submitEntry = (text: string): boolean => {
    const current = store.getState().map;
    const plan = planQuickEntry(parseQuickEntry(text), { map: current, stageId, selectedTouchpointId: target });
    if (!plan.ok) {
      if (plan.reason !== 'empty') setEntryMessage({ kind: 'error', text: t(`entry.${plan.reason}`) });
      return false;
    }
    let ok: boolean;
    let done: string;
    if (plan.command === 'addTouchpoint') {
      ok = store.dispatch('addTouchpoint', plan.args);
      const id = store.getState().created[0];
      if (ok && id) {
        setSelected(id);
        setZoomId(null);
      }
      done = t('entry.added-touchpoint', { title: plan.args.title });
    } else if (plan.command === 'addPainPoint') {
      ok = store.dispatch('addPainPoint', plan.args);
      const tp = current.touchpoints.find((x) => x.id === plan.args.touchpointId);
      done = t('entry.added-pain', { title: plan.args.title, severity: t(`severity.${plan.args.severity}`), touchpoint: tp?.title ?? '' });
    } else {
      ok = store.dispatch('updateTouchpoint', plan.args);
      const tp = current.touchpoints.find((x) => x.id === plan.args.id);
      done = t('entry.set-level', { title: tp?.title ?? '', level: t(`level.${plan.args.patch.level}`) });
    }
    setEntryMessage(ok ? { kind: 'done', text: done } : { kind: 'error', text: t('entry.refused') });
    return ok;
  };

  const onSelect = (tp: Touchpoint) => {
    setSelected(tp.id);
    setZoomId(tp.id);
  };

  const onPain = (pain: PainPoint, tp: Touchpoint, e: MouseEvent) => {
    setSelected(tp.id);
    if (vote) {
      const cmd = dotCommand(vote, store.getState().map, pain.id, e.shiftKey);
      if (cmd) {
        store.dispatch(cmd.name, cmd.args);
        setVoteMessage(null);
      } else if (!e.shiftKey) setVoteMessage(t('vote.no-dots'));
      return;
    }
    setPainId(pain.id);
  };

  // One keyboard handler for the whole mode, on window in the capture phase so the editor's own
  // shortcuts (still mounted or not) never see a key meant for the room. Ctrl/Cmd shortcuts other
  // than undo and redo pass through untouched, for whoever handles Save and the like.
  const latest = useRef({ entry, helpOpen, painId, zoomId, voteSetup, blank });
  latest.current = { entry, helpOpen, painId, zoomId, voteSetup, blank };
  // S / Shift+S: the suggestions of the stage's next / previous pain point, for a clicker-and-keyboard room.
  const showPain = (step: 1 | -1): boolean => {
    if (stageId === null) return false;
    const next = cycle(stagePainIds(map, stageId), painId, step);
    if (next === null) return false;
    setZoomId(null);
    setPainId(next);
    return true;
  };
  const actions = useRef({ go, setLevelKey, onExit, showPain });
  actions.current = { go, setLevelKey, onExit, showPain };
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing) return;
      if (e.key !== 'Escape') retryFullscreen.current?.();
      const s = latest.current;
      const mod = e.ctrlKey || e.metaKey;
      if (mod) {
        const k = e.key.toLowerCase();
        if ((k === 'z' || k === 'y') && !isTextField(e.target)) {
          e.preventDefault();
          e.stopPropagation();
          if (k === 'y' || e.shiftKey) store.redo();
          else store.undo();
        }
        return;
      }
      // Keys typed into the mode's own fields go on to those fields (their React handlers included).
      // A clicker's PageDown / PageUp still turn the slide while the quick-entry bar has the focus.
      const clicker = e.key === 'PageDown' || e.key === 'PageUp';
      const typing = isTextField(e.target) && !clicker;
      if (!typing || e.key === 'Escape' || e.key === 'F5') e.stopPropagation();
      if (e.key === 'F5') {
        e.preventDefault();
        return;
      }
      // A blanked screen (B or . — the "blank" button on many clickers) comes back on any key.
      if (s.blank && !typing) {
        e.preventDefault();
        setBlank(false);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        if (s.entry) setEntry(null);
        else if (s.helpOpen) setHelpOpen(false);
        else if (s.painId) setPainId(null);
        else if (s.zoomId) setZoomId(null);
        else if (s.voteSetup) setVoteSetup(false);
        else actions.current.onExit();
        return;
      }
      if (typing) return;
      const nav = navActionForKey(e);
      if (nav) {
        e.preventDefault();
        actions.current.go(nav);
        return;
      }
      if (e.altKey) return;
      switch (e.key) {
        case 'Enter':
        case 'n':
        case 'N':
          e.preventDefault();
          setEntry((v) => v ?? { initial: '', key: Date.now() });
          setEntryMessage(null);
          return;
        case '!':
        case '！':
          e.preventDefault();
          setEntry({ initial: '!', key: Date.now() });
          setEntryMessage(null);
          return;
        case '?':
          e.preventDefault();
          setHelpOpen((v) => !v);
          return;
        case 'p':
        case 'P':
          e.preventDefault();
          setFocus((v) => !v);
          return;
        case 'l':
        case 'L':
          e.preventDefault();
          if (!e.repeat) setLaser(true);
          return;
        case 'b':
        case 'B':
        case '.':
          e.preventDefault();
          setBlank(true);
          return;
        case 's':
        case 'S':
          if (actions.current.showPain(e.shiftKey ? -1 : 1)) e.preventDefault();
          return;
        case 't':
        case 'T':
          e.preventDefault();
          dispatchTimer({ type: 'toggle', now: Date.now() });
          return;
        default:
          if (actions.current.setLevelKey(e.key)) e.preventDefault();
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === 'l' || e.key === 'L') setLaser(false);
    };
    const onBlur = () => setLaser(false);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('blur', onBlur);
    };
  }, [store]);

  const moveLaser = (e: MouseEvent) => {
    const dot = laserDot.current;
    if (dot) dot.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
  };

  const summary = useMemo(() => (slide.kind === 'summary' ? summaryData(map) : null), [map, slide.kind]);
  const analysis = useMemo(() => analyzeMap(map), [map]);
  const voting = vote !== null;
  const lane = quickEntryLane(map);
  const stageName = stageId === null ? '' : (map.stages.find((s) => s.id === stageId)?.name ?? '');
  const entryContext = [
    stageId === null ? t('entry.no-stage') : t('entry.target', { stage: stageName, lane: map.lanes.find((l) => l.id === lane)?.name ?? '' }),
    targetTp ? t('entry.selected', { title: targetTp.title }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      className={`ws-root${laser ? ' is-laser' : ''}${focus ? ' is-focus' : ''}${voting ? ' is-voting' : ''}${room ? ' is-room' : ''}`}
      data-testid="presentation"
      data-slide={slide.key}
      lang={locale}
      onMouseMove={moveLaser}
      onPointerDownCapture={() => retryFullscreen.current?.()}
    >
      <main className="ws-main">
        {slide.kind === 'overview' ? <OverviewSlide map={map} analysis={analysis} t={t} onGo={(i) => go({ type: 'goto', index: i + 1 })} /> : null}
        {slide.kind === 'stage' ? (
          <StageSlide
            map={map}
            stageIndex={slide.stageIndex}
            analysis={analysis}
            t={t}
            focus={focus}
            voting={voting}
            selectedId={selectedId}
            activePainId={painId}
            onSelect={onSelect}
            onPain={onPain}
            onGo={(i) => go({ type: 'goto', index: i + 1 })}
          />
        ) : null}
        {slide.kind === 'summary' && summary ? <SummarySlide map={map} data={summary} t={t} locale={locale} /> : null}
      </main>
      <footer className="ws-footer">
        <ProgressStrip map={map} slides={slides} index={index} t={t} onGo={(i) => go({ type: 'goto', index: i })} />
        {focus ? (
          <p className="ws-focus-note" data-testid="focus-note">
            {t('focus.on')}
          </p>
        ) : null}
        <div className="ws-controls">
          {vote ? (
            <div className="ws-vote-status" data-testid="vote-status" data-left={dotsLeft(vote, map)}>
              <span className="ws-vote-count">{t('vote.status', { left: dotsLeft(vote, map), total: dotsTotal(vote) })}</span>
              <span className="ws-vote-hint">{voteMessage ?? t('vote.hint')}</span>
              <button type="button" className="ws-button ws-button--small" data-testid="vote-end" onClick={() => setVote(null)}>
                {t('vote.end')}
              </button>
            </div>
          ) : voteSetup ? (
            <VoteSetup
              t={t}
              onCancel={() => setVoteSetup(false)}
              onStart={(dots, people) => {
                setVote(startVote(store.getState().map, dots, people));
                setVoteSetup(false);
                setVoteMessage(null);
              }}
            />
          ) : (
            <button type="button" className="ws-button ws-button--small" data-testid="vote-start" onClick={() => setVoteSetup(true)}>
              {t('vote.start')}
            </button>
          )}
          <button
            type="button"
            className={`ws-button ws-button--small${focus ? ' is-on' : ''}`}
            data-testid="focus-toggle"
            aria-pressed={focus}
            onClick={() => setFocus((v) => !v)}
          >
            {t('focus.label')} (P)
          </button>
          <TimerPill
            t={t}
            timer={timer}
            onToggle={() => dispatchTimer({ type: 'toggle', now: Date.now() })}
            onReset={() => dispatchTimer({ type: 'reset' })}
            onMinutes={(minutes) => dispatchTimer({ type: 'setMinutes', minutes })}
          />
          <button type="button" className="ws-button ws-button--small" data-testid="help-toggle" onClick={() => setHelpOpen((v) => !v)}>
            ?
          </button>
          <button type="button" className="ws-button ws-button--small" data-testid="presentation-exit" onClick={onExit}>
            {t('mode.exit')} (Esc)
          </button>
        </div>
      </footer>
      {room ? <RoomPanel link={room} store={store} map={map} stageId={stageId} t={t} /> : null}
      {entry ? (
        <QuickEntryBar key={entry.key} t={t} initial={entry.initial} context={entryContext} message={entryMessage} onSubmit={submitEntry} />
      ) : null}
      {zoomed ? <ZoomOverlay tp={zoomed} t={t} voting={voting} activePainId={painId} onPain={onPain} onClose={() => setZoomId(null)} /> : null}
      {painId ? <SuggestionsOverlay map={map} painId={painId} locale={locale} t={t} onClose={() => setPainId(null)} /> : null}
      {helpOpen ? <HelpOverlay t={t} onClose={() => setHelpOpen(false)} /> : null}
      {blank ? <div className="ws-blank" data-testid="blank" onClick={() => setBlank(false)} /> : null}
      <div ref={laserDot} className="ws-laser" data-testid="laser" aria-hidden="true" hidden={!laser} />
    </div>
  );
}
