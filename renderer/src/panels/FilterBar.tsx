/**
 * The filter bar above the canvas (a search landmark): text search, "pain points only", "below
 * baseline", levels, severities and evidence. It only writes `ui.filter`; the canvas dims what does
 * not match (matchesFilter), so filtered-out touchpoints stay in place and in context.
 */
import type { JSX } from 'react';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { isFilterActive, matchingTouchpoints, type TouchpointFilter } from '../../../src/commands';
import { PANEL_TEXT } from '../i18n/panels';
import { VOCAB } from '../../../src/i18n/vocab';
import { EVIDENCE, LEVELS, SEVERITIES, type Evidence, type Level } from '../../../src/model';
import { useApp, useDoc, useT, useUi } from '../app/context';
import { imeAware } from './fields';
import { LevelGlyph, SeverityGlyph } from './Glyph';
import { toggleChoice, withFilter } from './model';
import './styles';

const LEVEL_CHOICES: readonly (Level | 'untagged')[] = [...LEVELS, 'untagged'];
const EVIDENCE_CHOICES: readonly (Evidence | 'unknown')[] = [...EVIDENCE, 'unknown'];

export function FilterBar(): JSX.Element {
  const { ui } = useApp();
  const { map } = useDoc();
  const { filter } = useUi();
  const t = useT(PANEL_TEXT);
  const v = useT(VOCAB);
  const searchId = useId();
  const set = <K extends keyof TouchpointFilter>(key: K, value: TouchpointFilter[K]) =>
    ui.set((state) => ({ filter: withFilter(state.filter, key, value) }));
  const active = isFilterActive(filter);
  // The search text as typed, which runs ahead of the filter while an input method is composing.
  const [typed, setTyped] = useState(filter.text ?? '');
  const [applied, setApplied] = useState(filter.text ?? '');
  if ((filter.text ?? '') !== applied) {
    setApplied(filter.text ?? '');
    setTyped(filter.text ?? '');
  }
  const search = (text: string) => {
    setTyped(text);
    set('text', text);
  };
  const deferredMap = useDeferredValue(map);
  const deferredFilter = useDeferredValue(filter);
  const matches = useMemo(
    () => (isFilterActive(deferredFilter) ? matchingTouchpoints(deferredMap, deferredFilter).length : deferredMap.touchpoints.length),
    [deferredMap, deferredFilter],
  );
  return (
    <div className="tp-filterbar" role="search" aria-label={t('filter.label')} data-testid="filter-bar">
      <div className="tp-filter-search">
        <label className="tp-label" htmlFor={searchId}>
          {t('filter.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="tp-input"
          data-testid="filter-search"
          placeholder={t('filter.searchPlaceholder')}
          value={typed}
          {...imeAware(search, setTyped)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && typed !== '') {
              e.stopPropagation();
              search('');
            }
          }}
        />
      </div>
      <button type="button" className="tp-toggle" aria-pressed={filter.painPointsOnly === true} onClick={() => set('painPointsOnly', !filter.painPointsOnly)}>
        {t('filter.painPointsOnly')}
      </button>
      <button type="button" className="tp-toggle" aria-pressed={filter.belowBaseline === true} onClick={() => set('belowBaseline', !filter.belowBaseline)}>
        {t('filter.belowBaseline')}
      </button>
      <Dropdown label={t('filter.level')} count={filter.levels?.length ?? 0} testId="filter-levels">
        {LEVEL_CHOICES.map((level) => (
          <label key={level} className="tp-check">
            <input type="checkbox" checked={filter.levels?.includes(level) ?? false} onChange={() => set('levels', toggleChoice(filter.levels, level))} />
            <LevelGlyph level={level} />
            <span>{v(`level.${level}`)}</span>
          </label>
        ))}
      </Dropdown>
      <Dropdown label={t('filter.severity')} count={filter.severities?.length ?? 0} testId="filter-severities">
        {SEVERITIES.map((severity) => (
          <label key={severity} className="tp-check">
            <input
              type="checkbox"
              checked={filter.severities?.includes(severity) ?? false}
              onChange={() => set('severities', toggleChoice(filter.severities, severity))}
            />
            <SeverityGlyph severity={severity} />
            <span>{v(`severity.${severity}`)}</span>
          </label>
        ))}
      </Dropdown>
      <Dropdown label={t('filter.evidence')} count={filter.evidence?.length ?? 0} testId="filter-evidence">
        {EVIDENCE_CHOICES.map((evidence) => (
          <label key={evidence} className="tp-check">
            <input
              type="checkbox"
              checked={filter.evidence?.includes(evidence) ?? false}
              onChange={() => set('evidence', toggleChoice(filter.evidence, evidence))}
            />
            <span>{evidence === 'unknown' ? t('filter.unknown') : v(`evidence.${evidence}`)}</span>
          </label>
        ))}
      </Dropdown>
      <button type="button" className="tp-button tp-button--quiet" disabled={!active} onClick={() => ui.set({ filter: {} })}>
        {t('filter.clear')}
      </button>
      {active ? (
        <span className="tp-meta tp-filter-count" role="status" data-testid="filter-count">
          {t('filter.matches', { count: matches, total: deferredMap.touchpoints.length })}
        </span>
      ) : null}
    </div>
  );
}

/** A disclosure with checkboxes; closes on Escape and on a click outside it. */
function Dropdown({ label, count, testId, children }: { label: string; count: number; testId: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);
  return (
    <details
      ref={ref}
      className="tp-dropdown"
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          e.stopPropagation();
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="tp-toggle" data-active={count > 0 ? '' : undefined}>
        {label}
        {count > 0 ? <span className="tp-count">{count}</span> : null}
      </summary>
      <div className="tp-dropdown-menu">{children}</div>
    </details>
  );
}
