/** One touchpoint: its fields, level, emotion and pain points. */
import { useId } from 'react';
import type { CommandArgs } from '../../../../src/commands';
import {
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  EVIDENCE,
  LEVELS,
  type Channel,
  type Evidence,
  type Level,
  type MapDocument,
  type Touchpoint,
} from '../../../../src/model';
import {
  MetricField,
  Section,
  SelectField,
  TextField,
  type SelectOption,
} from '../fields';
import { LevelGlyph } from '../Glyph';
import { formatEmotion, METRIC_KEYS, withMetric } from '../model';
import { useDispatch, useRemove, type Words } from './hooks';
import { PainPointsSection } from './PainPoints';

export function TouchpointInspector({ tp, map, words }: { tp: Touchpoint; map: MapDocument; words: Words }) {
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
