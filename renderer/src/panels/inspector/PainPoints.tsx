/** A touchpoint's pain points, the team's remedies and the prevention-first suggestions. */
import { memo, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { CommandArgs } from '../../../../src/commands';
import {
  CATEGORIES,
  SEVERITIES,
  TIERS,
  type MapDocument,
  type PainPoint,
  type Severity,
  type Tier,
  type Touchpoint,
} from '../../../../src/model';
import { suggestionsFor, type Suggestion } from '../../../../src/suggestions';
import { useApp, useUi } from '../../app/context';
import {
  InlineText,
  ListSection,
  SelectField,
  TextField,
  type SelectOption,
} from '../fields';
import { SeverityGlyph } from '../Glyph';
import { CausePicker } from '../CausePicker';
import { causeOptions } from '../model';
import { useDispatch, useFocusRequest, type Words, type FocusRef } from './hooks';

export function PainPointsSection({ tp, map, words }: { tp: Touchpoint; map: MapDocument; words: Words }) {
  const { t, d } = words;
  const dispatch = useDispatch();
  const { store } = useApp();
  const focus = useFocusRequest();
  const pains = tp.painPoints ?? [];
  const add = () => {
    if (dispatch('addPainPoint', { touchpointId: tp.id, title: d('newPainPoint'), severity: 'medium' })) focus.request(store.getState().created[0] ?? null);
  };
  return (
    <ListSection title={t('section.painPoints')} count={pains.length} addLabel={t('painPoints.add')} empty={t('painPoints.empty')} onAdd={add}>
      {(focusAdd) =>
        pains.map((pain, i) => (
          <PainPointEditor key={pain.id} tp={tp} pain={pain} map={map} words={words} focusRef={focus.refFor(pain.id)} first={i === 0} onRemoved={focusAdd} />
        ))
      }
    </ListSection>
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
