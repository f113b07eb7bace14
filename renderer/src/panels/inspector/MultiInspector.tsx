/** Several touchpoints: one level for all (one undo step) and delete. */
import { useId } from 'react';
import { LEVELS, type Level, type Link, type Touchpoint } from '../../../../src/model';
import { Section } from '../fields';
import { LevelGlyph } from '../Glyph';
import { useDispatch, useRemove, type Words } from './hooks';

let bulkSteps = 0;

export function MultiInspector({ touchpoints, links, words }: { touchpoints: readonly Touchpoint[]; links: readonly Link[]; words: Words }) {
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
