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
  levelForKey,
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
import { HelpOverlay, QuickEntryBar, SuggestionsOverlay, ZoomOverlay, type EntryMessage } from './overlays';
import { PresentationFooter } from './controls';
import { useFullscreenMode } from './fullscreen';
import { usePresentationKeys, type KeyActions, type KeyState } from './keys';
import { makeT } from './parts';
import { RoomPanel } from './RoomPanel';
import type { RoomLink } from './room-link';
import { OverviewSlide, StageSlide, SummarySlide } from './slides';

export interface PresentationModeProps {
  store: DocStore;
  locale: Locale;
  onExit: () => void;
  /** The shared room when the map is shared: participants' stickies and votes, and the clock they follow. */
  room?: RoomLink | null;
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

  const retryFullscreen = useFullscreenMode(onExit);

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

  const latest = useRef<KeyState>({ entry, helpOpen, painId, zoomId, voteSetup, blank });
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
  const keyActions: KeyActions = {
    go,
    setLevelKey,
    onExit,
    showPain,
    setEntry,
    setEntryMessage,
    setHelpOpen,
    setPainId,
    setZoomId,
    setVoteSetup,
    setBlank,
    setFocus,
    setLaser,
    dispatchTimer,
  };
  const actions = useRef(keyActions);
  actions.current = keyActions;
  usePresentationKeys(store, latest, actions, retryFullscreen);

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
      <PresentationFooter
        map={map}
        slides={slides}
        index={index}
        t={t}
        focus={focus}
        vote={vote}
        voteSetup={voteSetup}
        voteMessage={voteMessage}
        timer={timer}
        onGo={(i) => go({ type: 'goto', index: i })}
        onVoteSetup={setVoteSetup}
        onStartVote={(dots, people) => {
          setVote(startVote(store.getState().map, dots, people));
          setVoteSetup(false);
          setVoteMessage(null);
        }}
        onEndVote={() => setVote(null)}
        onToggleFocus={() => setFocus((v) => !v)}
        onToggleHelp={() => setHelpOpen((v) => !v)}
        dispatchTimer={dispatchTimer}
        onExit={onExit}
      />
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
