/** The map inspector (nothing selected): title, description, personas, lanes shown. */
import { useMemo } from 'react';
import { hiddenLanes } from '../../../../src/commands';
import { PERSONA_TYPES, type MapDocument, type Persona, type PersonaType } from '../../../../src/model';
import { useApp } from '../../app/context';
import { ListSection, Section, SelectField, TextField, type SelectOption } from '../fields';
import { useDispatch, useFocusRequest, type Words, type FocusRef } from './hooks';

export function MapInspector({ map, words }: { map: MapDocument; words: Words }) {
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
  const add = () => {
    if (dispatch('addPersona', { name: d('newPersona', { n: personas.length + 1 }) })) focus.request(store.getState().created[0] ?? null);
  };
  return (
    <ListSection title={t('personas.heading')} count={personas.length} addLabel={t('persona.add')} empty={t('personas.empty')} onAdd={add}>
      {(focusAdd) =>
        personas.map((persona) => <PersonaEditor key={persona.id} persona={persona} words={words} focusRef={focus.refFor(persona.id)} onRemoved={focusAdd} />)
      }
    </ListSection>
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
