/**
 * The inspector: what is selected, edited in place. Nothing selected shows the map (title,
 * description, personas, lanes shown); one touchpoint its fields, pain points, the team's remedies and
 * the prevention-first suggestions; several touchpoints a bulk level and delete; one link its kind,
 * label and direction. Every edit is a named command, so it is undoable.
 */
import type { JSX } from 'react';
import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { hiddenLanes } from '../../../src/commands';
import type { CommandArgs, CommandName } from '../../../src/commands';
import { PANEL_TEXT } from '../i18n/panels';
import { TEMPLATE_TEXT } from '../../../src/i18n/templates';
import { VOCAB } from '../../../src/i18n/vocab';
import {
  CATEGORIES,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  EVIDENCE,
  LEVELS,
  PERSONA_TYPES,
  SEVERITIES,
  TIERS,
  type Channel,
  type Evidence,
  type Level,
  type Link,
  type LinkKind,
  type MapDocument,
  type PainPoint,
  type Persona,
  type PersonaType,
  type Severity,
  type Tier,
  type Touchpoint,
} from '../../../src/model';
import { suggestionsFor, type Suggestion } from '../../../src/suggestions';
import { useApp, useDoc, useT, useUi } from '../app/context';
import { InlineText, MetricField, Section, SelectField, TextField, type SelectOption } from './fields';
import { LevelGlyph, SeverityGlyph } from './Glyph';
import { CausePicker } from './CausePicker';
import { causeOptions, formatEmotion, METRIC_KEYS, selectionParts, withMetric } from './model';
import './styles';

type Dispatch = <K extends CommandName>(name: K, args: CommandArgs[K], mergeKey?: string) => boolean;

function useDispatch(): Dispatch {
  const { store } = useApp();
  return useCallback(
    <K extends CommandName>(name: K, args: CommandArgs[K], mergeKey?: string) =>
      store.dispatch(name, args, mergeKey === undefined ? undefined : { mergeKey }),
    [store],
  );
}

/** Deletes what the inspector shows, as one undo step, and leaves nothing selected. */
function useRemove(): (args: CommandArgs['deleteElements']) => void {
  const { store, ui } = useApp();
  return useCallback(
    (args: CommandArgs['deleteElements']) => {
      if (store.dispatch('deleteElements', args)) ui.set({ selection: new Set() });
    },
    [store, ui],
  );
}

/** Every translator the inspector needs, bound once per render of the panel. */
function useWords() {
  const t = useT(PANEL_TEXT);
  const v = useT(VOCAB);
  const d = useT(TEMPLATE_TEXT);
  return { t, v, d };
}
type Words = ReturnType<typeof useWords>;

let bulkSteps = 0;

export function Inspector(): JSX.Element {
  const { map } = useDoc();
  const { selection } = useUi();
  const words = useWords();
  const parts = useMemo(() => selectionParts(map, selection), [map, selection]);
  const { touchpoints, links } = parts;
  let body: JSX.Element;
  if (touchpoints.length === 1 && links.length === 0) body = <TouchpointInspector key={touchpoints[0]!.id} tp={touchpoints[0]!} map={map} words={words} />;
  else if (touchpoints.length === 0 && links.length === 1) body = <LinkInspector key={links[0]!.id} link={links[0]!} map={map} words={words} />;
  else if (touchpoints.length + links.length > 1) body = <MultiInspector touchpoints={touchpoints} links={links} words={words} />;
  else body = <MapInspector map={map} words={words} />;
  return (
    // A region, not an <aside>: the App already places it in its side column.
    <section className="tp-panel tp-inspector" aria-label={words.t('inspector.label')} data-testid="inspector">
      {body}
    </section>
  );
}

// ——— the map ———————————————————————————————————————————————————————————————

function MapInspector({ map, words }: { map: MapDocument; words: Words }) {
  const { t } = words;
  const count = (what: 'stages' | 'lanes' | 'touchpoints', n: number) => (n === 1 ? t(`count.${what}-one`) : t(`count.${what}`, { count: n }));
  const dispatch = useDispatch();
  const hidden = useMemo(() => new Set(hiddenLanes(map)), [map]);
  return (
    <div className="tp-inspector-body">
      <header className="tp-inspector-head">
        <p className="tp-kicker">{t('map.heading')}</p>
        <p className="tp-meta">
          {t('map.stats', {
            stages: count('stages', map.stages.length),
            lanes: count('lanes', map.lanes.length),
            touchpoints: count('touchpoints', map.touchpoints.length),
          })}
        </p>
      </header>
      <Section title={t('map.heading')} hideTitle>
        <TextField
          label={t('map.title')}
          value={map.title}
          stack
          mergeBase="map-title"
          blankMessage={t('field.titleBlank')}
          testId="inspector-map-title"
          onCommit={(title, key) => dispatch('setMapTitle', { title }, key)}
        />
        <TextField
          label={t('map.description')}
          value={map.description ?? ''}
          multiline
          mergeBase="map-description"
          onCommit={(description, key) => dispatch('setMapDescription', { description }, key)}
        />
      </Section>
      <PersonasSection personas={map.personas ?? []} words={words} />
      <Section title={t('lanes.heading')}>
        <p className="tp-note">{t('lanes.note')}</p>
        <ul className="tp-checklist">
          {map.lanes.map((lane) => (
            <li key={lane.id}>
              <label className="tp-check">
                <input
                  type="checkbox"
                  checked={!hidden.has(lane.id)}
                  // The last lane shown cannot be hidden (the command refuses it): say so by disabling it.
                  disabled={!hidden.has(lane.id) && hidden.size >= map.lanes.length - 1}
                  onChange={(e) => dispatch('setLaneHidden', { laneId: lane.id, hidden: !e.target.checked })}
                />
                <span>{lane.name}</span>
              </label>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}

function PersonasSection({ personas, words }: { personas: readonly Persona[]; words: Words }) {
  const { t, d } = words;
  const dispatch = useDispatch();
  const { store } = useApp();
  const focus = useFocusRequest();
  const addRef = useRef<HTMLButtonElement>(null);
  const add = () => {
    if (dispatch('addPersona', { name: d('newPersona', { n: personas.length + 1 }) })) focus.request(store.getState().created[0] ?? null);
  };
  return (
    <Section
      title={t('personas.heading')}
      count={personas.length}
      actions={
        <button type="button" ref={addRef} className="tp-button tp-button--small" onClick={add}>
          {t('persona.add')}
        </button>
      }
    >
      {personas.length === 0 ? <p className="tp-note">{t('personas.empty')}</p> : null}
      {personas.map((persona) => (
        <PersonaEditor key={persona.id} persona={persona} words={words} focusRef={focus.refFor(persona.id)} onRemoved={() => addRef.current?.focus()} />
      ))}
    </Section>
  );
}

function PersonaEditor({ persona, words, focusRef, onRemoved }: { persona: Persona; words: Words; focusRef: FocusRef; onRemoved: () => void }) {
  const { t } = words;
  const dispatch = useDispatch();
  const types: SelectOption[] = [{ value: '', label: t('option.notSet') }, ...PERSONA_TYPES.map((type) => ({ value: type, label: t(`persona.${type}`) }))];
  return (
    <div className="tp-card" role="group" aria-label={persona.name}>
      <TextField
        label={t('persona.name')}
        value={persona.name}
        mergeBase={`persona-name:${persona.id}`}
        blankMessage={t('field.titleBlank')}
        inputRef={focusRef}
        onCommit={(name, key) => dispatch('updatePersona', { id: persona.id, patch: { name } }, key)}
      />
      <SelectField
        label={t('persona.type')}
        value={persona.type ?? ''}
        options={types}
        onChange={(type) => dispatch('updatePersona', { id: persona.id, patch: { type: type === '' ? undefined : (type as PersonaType) } })}
      />
      <TextField
        label={t('persona.goals')}
        value={persona.goals ?? ''}
        multiline
        mergeBase={`persona-goals:${persona.id}`}
        onCommit={(goals, key) => dispatch('updatePersona', { id: persona.id, patch: { goals: goals === '' ? undefined : goals } }, key)}
      />
      <div className="tp-row tp-row--end">
        <button
          type="button"
          className="tp-button tp-button--quiet tp-button--danger"
          aria-label={t('persona.removeNamed', { name: persona.name })}
          onClick={() => dispatch('deletePersona', { id: persona.id }) && onRemoved()}
        >
          {t('persona.remove')}
        </button>
      </div>
    </div>
  );
}

type FocusRef = (element: HTMLInputElement | HTMLTextAreaElement | null) => void;

/**
 * Focus for something just added: `request(id)` after the dispatch, and the title field of `id`
 * takes focus (text selected, ready to overwrite) when it mounts, once. Undoing a removal later
 * mounts it again but does not steal focus.
 */
function useFocusRequest(): { request: (id: string | null) => void; refFor: (id: string) => FocusRef } {
  const pending = useRef<string | null>(null);
  return useMemo(
    () => ({
      request(id) {
        pending.current = id;
      },
      refFor: (id) => (element) => {
        if (!element || pending.current !== id) return;
        pending.current = null;
        element.focus();
        element.select();
      },
    }),
    [],
  );
}

// ——— one touchpoint ——————————————————————————————————————————————————————————

function TouchpointInspector({ tp, map, words }: { tp: Touchpoint; map: MapDocument; words: Words }) {
  const remove = useRemove();
  const { t, v } = words;
  const dispatch = useDispatch();
  const update = (patch: CommandArgs['updateTouchpoint']['patch'], key?: string) => dispatch('updateTouchpoint', { id: tp.id, patch }, key);
  const stage = map.stages.find((s) => s.id === tp.stage);
  const lane = map.lanes.find((l) => l.id === tp.lane);
  const channels: SelectOption[] = [{ value: '', label: t('option.notSet') }, ...CHANNELS.map((c) => ({ value: c, label: v(`channel.${c}`) }))];
  const evidence: SelectOption[] = [{ value: '', label: t('option.notSet') }, ...EVIDENCE.map((e) => ({ value: e, label: v(`evidence.${e}`) }))];
  return (
    <div className="tp-inspector-body" data-inspector-for={tp.id}>
      <header className="tp-inspector-head">
        <p className="tp-kicker">{t('touchpoint.heading')}</p>
        <p className="tp-meta">{t('touchpoint.where', { stage: stage?.name ?? tp.stage, lane: lane?.name ?? tp.lane })}</p>
      </header>
      <Section title={t('touchpoint.heading')} hideTitle>
        <TextField
          label={t('field.title')}
          value={tp.title}
          stack
          mergeBase={`title:${tp.id}`}
          blankMessage={t('field.titleBlank')}
          testId="inspector-title"
          onCommit={(title, key) => update({ title }, key)}
        />
        <TextField
          label={t('field.description')}
          value={tp.description ?? ''}
          multiline
          mergeBase={`description:${tp.id}`}
          onCommit={(description, key) => update({ description: description === '' ? undefined : description }, key)}
        />
        <LevelPicker value={tp.level} words={words} onChange={(level) => update({ level })} />
        <EmotionPicker value={tp.emotion} words={words} onChange={(emotion) => update({ emotion })} />
        <SelectField label={t('field.channel')} value={tp.channel ?? ''} options={channels} onChange={(c) => update({ channel: c === '' ? undefined : (c as Channel) })} />
        <SelectField label={t('field.evidence')} value={tp.evidence ?? ''} options={evidence} onChange={(e) => update({ evidence: e === '' ? undefined : (e as Evidence) })} />
        <div className="tp-field">
          <span className="tp-label" aria-hidden="true">
            {t('field.markers')}
          </span>
          <div className="tp-control tp-row">
            <label className="tp-check">
              <input type="checkbox" checked={tp.failPoint === true} onChange={(e) => update({ failPoint: e.target.checked ? true : undefined })} />
              <span>{t('field.failPoint')}</span>
            </label>
            <label className="tp-check">
              <input type="checkbox" checked={tp.waitPoint === true} onChange={(e) => update({ waitPoint: e.target.checked ? true : undefined })} />
              <span>{t('field.waitPoint')}</span>
            </label>
          </div>
        </div>
      </Section>
      <Section title={t('section.metrics')}>
        {METRIC_KEYS.map((metric) => (
          <MetricField
            key={metric}
            label={t(`metric.${metric}`)}
            metric={metric}
            value={tp.metrics?.[metric]}
            mergeBase={`metric:${metric}:${tp.id}`}
            errorText={(e) => (e.error === 'range' ? t('metric.error.range', { min: e.min, max: e.max }) : t(`metric.error.${e.error}`))}
            onCommit={(value, key) => update({ metrics: withMetric(tp.metrics, metric, value) }, key)}
          />
        ))}
      </Section>
      <PainPointsSection tp={tp} map={map} words={words} />
      <div className="tp-row tp-row--end tp-footer">
        <button type="button" className="tp-button tp-button--danger" onClick={() => remove({ touchpointIds: [tp.id] })}>
          {t('touchpoint.delete')}
        </button>
      </div>
    </div>
  );
}

/** Four levels and "untagged" as a radio group drawn as buttons: the glyph and the name, arrow keys move. */
function LevelPicker({ value, words, onChange }: { value: Level | undefined; words: Words; onChange: (level: Level | undefined) => void }) {
  const { t, v } = words;
  const name = useId();
  const choices: (Level | 'untagged')[] = [...LEVELS, 'untagged'];
  return (
    <fieldset className="tp-fieldset" role="radiogroup">
      <legend className="tp-label">{t('field.level')}</legend>
      <div className="tp-segments tp-levels">
        {choices.map((level) => (
          <label key={level} className="tp-segment tp-segment--level" data-level={level}>
            <input
              type="radio"
              name={name}
              value={level}
              checked={level === 'untagged' ? value === undefined : value === level}
              onChange={() => onChange(level === 'untagged' ? undefined : level)}
            />
            <span className="tp-segment-face">
              <LevelGlyph level={level} />
              <span>{v(`level.${level}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {value === 'basic' ? <p className="tp-note tp-level-note">{t('level.belowBaseline')}</p> : null}
      {value === 'value-added' || value === 'memorable' ? <p className="tp-note tp-level-note">{t('level.beyond')}</p> : null}
    </fieldset>
  );
}

function EmotionPicker({ value, words, onChange }: { value: number | undefined; words: Words; onChange: (emotion: number | undefined) => void }) {
  const { t } = words;
  const name = useId();
  const values: (number | null)[] = [];
  for (let e = EMOTION_MIN; e <= EMOTION_MAX; e++) values.push(e);
  values.push(null);
  return (
    <fieldset className="tp-fieldset" role="radiogroup">
      <legend className="tp-label">{t('field.emotion')}</legend>
      <div className="tp-segments tp-emotions">
        {values.map((e) => (
          <label key={e ?? 'none'} className="tp-segment tp-segment--emotion" data-emotion={e ?? 'none'}>
            <input
              type="radio"
              name={name}
              value={e ?? ''}
              aria-label={e === null ? t('emotion.none') : t('emotion.value', { value: formatEmotion(e) })}
              checked={e === null ? value === undefined : value === e}
              onChange={() => onChange(e ?? undefined)}
            />
            <span className="tp-segment-face" aria-hidden="true">
              {e === null ? t('emotion.none') : formatEmotion(e)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// ——— pain points, remedies, suggestions ————————————————————————————————————————

function PainPointsSection({ tp, map, words }: { tp: Touchpoint; map: MapDocument; words: Words }) {
  const { t, d } = words;
  const dispatch = useDispatch();
  const { store } = useApp();
  const focus = useFocusRequest();
  const addRef = useRef<HTMLButtonElement>(null);
  const pains = tp.painPoints ?? [];
  const add = () => {
    if (dispatch('addPainPoint', { touchpointId: tp.id, title: d('newPainPoint'), severity: 'medium' })) focus.request(store.getState().created[0] ?? null);
  };
  return (
    <Section
      title={t('section.painPoints')}
      count={pains.length}
      actions={
        <button type="button" ref={addRef} className="tp-button tp-button--small" onClick={add}>
          {t('painPoints.add')}
        </button>
      }
    >
      {pains.length === 0 ? <p className="tp-note">{t('painPoints.empty')}</p> : null}
      {pains.map((pain, i) => (
        <PainPointEditor key={pain.id} tp={tp} pain={pain} map={map} words={words} focusRef={focus.refFor(pain.id)} first={i === 0} onRemoved={() => addRef.current?.focus()} />
      ))}
    </Section>
  );
}

function PainPointEditor({
  tp,
  pain,
  map,
  words,
  focusRef,
  first,
  onRemoved,
}: {
  tp: Touchpoint;
  pain: PainPoint;
  map: MapDocument;
  words: Words;
  focusRef: FocusRef;
  first: boolean;
  /** Where focus goes once the pain point (and the button that removed it) is gone. */
  onRemoved: () => void;
}) {
  const { t, v } = words;
  const dispatch = useDispatch();
  const update = (patch: CommandArgs['updatePainPoint']['patch'], key?: string) =>
    dispatch('updatePainPoint', { touchpointId: tp.id, painPointId: pain.id, patch }, key);
  const severities: SelectOption[] = SEVERITIES.map((s) => ({ value: s, label: v(`severity.${s}`) }));
  const categories: SelectOption[] = [{ value: '', label: t('option.notSet') }, ...CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))];
  // The cause list sorts every card of the map: it follows in a deferred render, so selecting a card
  // (a click, the start of a drag) or an edit elsewhere (a drop) is not held up by it. Until then
  // the list offers only the chosen cause, so the picker already shows what it is.
  const causeMap = useDeferredValue<MapDocument | null>(map, null);
  const allCauses = useMemo(() => (causeMap ? causeOptions(causeMap, tp.id, pain.causedBy) : null), [causeMap, tp.id, pain.causedBy]);
  const causes = useMemo(
    () => allCauses ?? causeOptions({ ...map, touchpoints: map.touchpoints.filter((t) => t.id === pain.causedBy) }, tp.id, pain.causedBy),
    [allCauses, map, tp.id, pain.causedBy],
  );
  return (
    <div className="tp-card tp-pain" data-severity={pain.severity} data-testid="inspector-pain-point" role="group" aria-label={pain.title}>
      {pain.votes ? (
        <span className="tp-badge tp-votes">{pain.votes === 1 ? t('pain.votes-one') : t('pain.votes', { count: pain.votes })}</span>
      ) : null}
      <div className="tp-pain-head">
        <SeverityGlyph severity={pain.severity} />
        <div className="tp-grow">
          <TextField
            label={t('pain.title')}
            value={pain.title}
            stack
            mergeBase={`pain-title:${pain.id}`}
            blankMessage={t('field.titleBlank')}
            inputRef={focusRef}
            onCommit={(title, key) => update({ title }, key)}
          />
        </div>
      </div>
      <SelectField label={t('pain.severity')} value={pain.severity} options={severities} onChange={(s) => update({ severity: s as Severity })} />
      <SelectField
        label={t('pain.category')}
        value={pain.category ?? ''}
        options={categories}
        onChange={(c) => update({ category: c === '' ? undefined : (c as PainPoint['category']) })}
      />
      <CausePicker
        text={{
          label: t('pain.cause'),
          none: t('pain.causeNone'),
          search: t('pain.causeSearch'),
          linked: t('pain.causeLinked'),
          noMatch: (query) => t('pain.causeNoMatch', { query }),
          more: (count) => t('pain.causeMore', { count }),
        }}
        value={pain.causedBy ?? ''}
        options={causes}
        onChange={(c) => update({ causedBy: c === '' ? undefined : c })}
      />
      <TextField
        label={t('pain.note')}
        value={pain.note ?? ''}
        multiline
        mergeBase={`pain-note:${pain.id}`}
        onCommit={(note, key) => update({ note: note === '' ? undefined : note }, key)}
      />
      <Remedies pain={pain} words={words} />
      <Suggestions pain={pain} map={map} words={words} defaultOpen={first} />
      <div className="tp-row tp-row--end">
        <button
          type="button"
          className="tp-button tp-button--quiet tp-button--danger"
          aria-label={t('pain.removeNamed', { title: pain.title })}
          onClick={() => dispatch('deletePainPoint', { touchpointId: tp.id, painPointId: pain.id }) && onRemoved()}
        >
          {t('pain.remove')}
        </button>
      </div>
    </div>
  );
}

function tierOptions(v: Words['v']): SelectOption[] {
  return TIERS.map((tier) => ({ value: tier, label: v(`tier.${tier}`) }));
}

function Remedies({ pain, words }: { pain: PainPoint; words: Words }) {
  const { t, v } = words;
  const dispatch = useDispatch();
  const remedies = pain.remedies ?? [];
  const [tier, setTier] = useState<Tier>('prevent');
  const [text, setText] = useState('');
  const newId = useId();
  const newRef = useRef<HTMLInputElement>(null);
  const add = () => {
    if (text.trim() === '') return;
    if (dispatch('addRemedy', { painPointId: pain.id, tier, text: text.trim() })) setText('');
  };
  return (
    <div className="tp-subsection">
      <h4 className="tp-subhead">{t('remedies.heading')}</h4>
      {remedies.length === 0 ? <p className="tp-note">{t('remedies.empty')}</p> : null}
      {remedies.length > 0 ? (
        <div className="tp-remedy-cols" aria-hidden="true">
          <span>{t('remedy.tier')}</span>
          <span>{t('remedy.text')}</span>
        </div>
      ) : null}
      <ul className="tp-remedies">
        {remedies.map((remedy, index) => (
          // Remedies have no ids: their place is their identity, as in the commands.
          <RemedyRow key={index} painId={pain.id} index={index} tier={remedy.tier} text={remedy.text} words={words} onRemoved={() => newRef.current?.focus()} />
        ))}
      </ul>
      <form
        className="tp-remedy-new"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="tp-label tp-remedy-new-label" htmlFor={newId}>
          {t('remedy.new')}
        </label>
        <div className="tp-remedy">
          <select className="tp-input tp-select tp-remedy-tier" aria-label={t('remedy.tier')} value={tier} onChange={(e) => setTier(e.target.value as Tier)}>
            {tierOptions(v).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <input ref={newRef} id={newId} type="text" className="tp-input" value={text} placeholder={t('remedy.placeholder')} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="tp-button tp-button--small" aria-label={t('remedy.add')} disabled={text.trim() === ''}>
            {t('remedy.addShort')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** One remedy on one line: tier, text, remove; the column heads above are the visible labels. */
function RemedyRow({
  painId,
  index,
  tier,
  text,
  words,
  onRemoved,
}: {
  painId: string;
  index: number;
  tier: Tier;
  text: string;
  words: Words;
  onRemoved: () => void;
}) {
  const { t, v } = words;
  const dispatch = useDispatch();
  return (
    <li className="tp-remedy">
      <select
        className="tp-input tp-select tp-remedy-tier"
        aria-label={t('remedy.tier')}
        value={tier}
        onChange={(e) => dispatch('updateRemedy', { painPointId: painId, index, patch: { tier: e.target.value as Tier } })}
      >
        {tierOptions(v).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <InlineText
        label={t('remedy.text')}
        value={text}
        mergeBase={`remedy:${painId}:${index}`}
        blankMessage={t('field.titleBlank')}
        onCommit={(next, key) => dispatch('updateRemedy', { painPointId: painId, index, patch: { text: next } }, key)}
      />
      <button
        type="button"
        className="tp-button tp-button--quiet tp-button--danger tp-button--icon"
        aria-label={t('remedy.removeNamed', { text })}
        title={t('remedy.remove')}
        onClick={() => dispatch('deleteRemedy', { painPointId: painId, index }) && onRemoved()}
      >
        ×
      </button>
    </li>
  );
}

/** The knowledge base's suggestions for one pain point, Prevent → Detect → Recover; one click adopts one as a team remedy. */
function Suggestions({ pain, map, words, defaultOpen }: { pain: PainPoint; map: MapDocument; words: Words; defaultOpen: boolean }) {
  const { t, v } = words;
  const { locale } = useUi();
  const dispatch = useDispatch();
  const [open, setOpen] = useState(defaultOpen);
  // Computed only while shown: each call indexes the whole map, so they follow in a deferred render
  // (selecting a card or a drop elsewhere is not held up by them) and show once they are there.
  const indexed = useDeferredValue<MapDocument | null>(map, null);
  const suggestions = useMemo(
    () => (open && indexed ? suggestionsFor(indexed, pain.id, locale).filter((s) => s.source === 'knowledge-base') : null),
    [open, indexed, pain.id, locale],
  );
  const adopted = new Set((pain.remedies ?? []).map((r) => `${r.tier}\n${r.text}`));
  return (
    <details className="tp-subsection tp-disclosure" data-testid="inspector-suggestions" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="tp-subhead">{t('suggestions.heading')}</summary>
      {open && suggestions
        ? TIERS.map((tier) => {
            const list = suggestions.filter((s) => s.tier === tier);
            return (
              <div key={tier} className="tp-tier" data-tier={tier}>
                <h5 className="tp-tier-name">{v(`tier.${tier}`)}</h5>
                {list.length === 0 ? <p className="tp-note">{t('suggestions.none')}</p> : null}
                <ul className="tp-suggestions">
                  {list.map((s) => (
                    <SuggestionItem
                      key={s.entryId ?? s.title}
                      suggestion={s}
                      adopted={adopted.has(`${tier}\n${s.title}`)}
                      words={words}
                      onAdopt={() => dispatch('addRemedy', { painPointId: pain.id, tier, text: s.title })}
                    />
                  ))}
                </ul>
              </div>
            );
          })
        : null}
    </details>
  );
}

const SuggestionItem = memo(function SuggestionItem({ suggestion, adopted, words, onAdopt }: { suggestion: Suggestion; adopted: boolean; words: Words; onAdopt: () => void }) {
  const { t } = words;
  return (
    <li className="tp-suggestion">
      <div className="tp-grow">
        <p className="tp-suggestion-title">{suggestion.title}</p>
        <p className="tp-suggestion-text" title={suggestion.text}>
          {suggestion.text}
        </p>
      </div>
      {adopted ? (
        <span className="tp-badge">{t('suggestion.team')}</span>
      ) : (
        <button type="button" className="tp-button tp-button--small" aria-label={t('suggestion.adoptNamed', { title: suggestion.title })} onClick={onAdopt}>
          {t('suggestion.adopt')}
        </button>
      )}
    </li>
  );
});

// ——— several touchpoints ———————————————————————————————————————————————————————

function MultiInspector({ touchpoints, links, words }: { touchpoints: readonly Touchpoint[]; links: readonly Link[]; words: Words }) {
  const remove = useRemove();
  const { t } = words;
  const dispatch = useDispatch();
  const levels = new Set(touchpoints.map((tp) => tp.level ?? 'untagged'));
  const shared = levels.size === 1 ? [...levels][0]! : null;
  const setLevel = (level: Level | undefined) => {
    // No bulk command: one dispatch per touchpoint under one fresh merge key, so the store keeps them as one undo step.
    const key = `bulk-level#${++bulkSteps}`;
    for (const tp of touchpoints) if (tp.level !== level) dispatch('updateTouchpoint', { id: tp.id, patch: { level } }, key);
  };
  return (
    <div className="tp-inspector-body">
      <header className="tp-inspector-head">
        {touchpoints.length > 0 ? (
          <p className="tp-kicker">{touchpoints.length === 1 ? t('multi.heading-one') : t('multi.heading', { count: touchpoints.length })}</p>
        ) : null}
        {links.length > 0 ? (
          <p className={touchpoints.length > 0 ? 'tp-meta' : 'tp-kicker'}>{links.length === 1 ? t('multi.links-one') : t('multi.links', { count: links.length })}</p>
        ) : null}
      </header>
      {touchpoints.length > 0 ? (
        <Section title={t('multi.level')}>
          <BulkLevelPicker current={shared} words={words} onChange={setLevel} />
        </Section>
      ) : null}
      <div className="tp-row tp-row--end tp-footer">
        <button
          type="button"
          className="tp-button tp-button--danger"
          onClick={() => remove({ touchpointIds: touchpoints.map((tp) => tp.id), linkIds: links.map((k) => k.id) })}
        >
          {t('multi.delete')}
        </button>
      </div>
    </div>
  );
}

/**
 * The level for all selected touchpoints: the same buttons as the single picker, as toggle buttons
 * (a level is "pressed" when every selected touchpoint has it), since with mixed levels there is no one value.
 */
function BulkLevelPicker({ current, words, onChange }: { current: Level | 'untagged' | null; words: Words; onChange: (level: Level | undefined) => void }) {
  const { t, v } = words;
  const id = useId();
  const choices: (Level | 'untagged')[] = [...LEVELS, 'untagged'];
  return (
    <div className="tp-fieldset" role="group" aria-labelledby={id}>
      <p className="tp-label" id={id}>
        {t('field.level')}
      </p>
      <div className="tp-segments tp-levels">
        {choices.map((level) => (
          <button
            key={level}
            type="button"
            className="tp-segment tp-segment--level tp-segment-face"
            data-level={level}
            aria-pressed={current === level}
            onClick={() => onChange(level === 'untagged' ? undefined : level)}
          >
            <LevelGlyph level={level} />
            <span>{v(`level.${level}`)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

// ——— one link ————————————————————————————————————————————————————————————————

function LinkInspector({ link, map, words }: { link: Link; map: MapDocument; words: Words }) {
  const remove = useRemove();
  const { t } = words;
  const dispatch = useDispatch();
  const title = (id: string) => map.touchpoints.find((tp) => tp.id === id)?.title ?? id;
  const reverseRefused = (map.links ?? []).some((k) => k.from === link.to && k.to === link.from);
  const kinds: SelectOption[] = [
    { value: 'flow', label: t('link.flow') },
    { value: 'support', label: t('link.support') },
  ];
  return (
    <div className="tp-inspector-body">
      <header className="tp-inspector-head">
        <p className="tp-kicker">{t('link.heading')}</p>
        <p className="tp-meta">{t('link.route', { from: title(link.from), to: title(link.to) })}</p>
      </header>
      <Section title={t('link.heading')} hideTitle>
        <SelectField label={t('link.kind')} value={link.kind ?? 'flow'} options={kinds} onChange={(kind) => dispatch('updateLink', { id: link.id, patch: { kind: kind as LinkKind } })} />
        <TextField
          label={t('link.label')}
          value={link.label ?? ''}
          mergeBase={`link-label:${link.id}`}
          onCommit={(label, key) => dispatch('updateLink', { id: link.id, patch: { label: label === '' ? undefined : label } }, key)}
        />
      </Section>
      <div className="tp-row tp-row--end tp-footer">
        <button type="button" className="tp-button" disabled={reverseRefused} onClick={() => dispatch('reverseLink', { id: link.id })}>
          {t('link.reverse')}
        </button>
        <button type="button" className="tp-button tp-button--danger" onClick={() => remove({ linkIds: [link.id] })}>
          {t('link.delete')}
        </button>
      </div>
    </div>
  );
}
