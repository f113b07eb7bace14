/**
 * The journey linter, live: `touchpoint check`'s findings for the map on the canvas, most severe first.
 * The check runs on a deferred copy of the map; on a large map only once typing pauses, and then in
 * small steps in the browser's idle time (never one long task in the frames right after an edit such
 * as a drop, and at most about a second late), so editing stays responsive and the list catches up a
 * moment later. Clicking a finding selects and centres its touchpoints.
 */
import type { JSX } from 'react';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { checkMap, checkMapInSteps, formatFinding, type Finding } from '../../../src/findings';
import type { MapDocument } from '../../../src/model';
import { runInIdleSteps } from '../app/idle';
import { PANEL_TEXT } from '../i18n/panels';
import { useApp, useDoc, useT, useUi } from '../app/context';
import { FindingGlyph } from './Glyph';
import { findingTargets, groupFindings } from './model';
import './styles';

/** From this many touchpoints on, the check waits for a pause in typing as well as for React's idle time. */
const LARGE_MAP = 500;
const SETTLE_MS = 250;
/** How long a large map's check may wait for idle time before it runs anyway (in steps). */
const IDLE_TIMEOUT_MS = 750;

/** `value`, or when enabled, the value it last held for `delayMs` without changing (a trailing debounce). */
function useSettled<T>(value: T, delayMs: number, enabled: boolean): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, enabled]);
  return enabled ? settled : value;
}

interface Checked {
  readonly map: MapDocument;
  readonly findings: Finding[];
}

/**
 * The findings and the map they were found on. A small map is checked in a deferred render; a large
 * one once typing pauses, step by step in idle time (checkMapInSteps), keeping the last list meanwhile.
 */
function useFindings(map: MapDocument, large: boolean): Checked {
  const deferred = useDeferredValue(map);
  const small = useMemo(() => (large ? null : { map: deferred, findings: checkMap(deferred) }), [large, deferred]);
  const settled = useSettled(map, SETTLE_MS, large);
  const [idle, setIdle] = useState<Checked | null>(() => (large ? { map, findings: checkMap(map) } : null));
  const checkedMap = useRef(idle?.map ?? null);
  checkedMap.current = idle?.map ?? null;
  useEffect(() => {
    if (!large || checkedMap.current === settled) return;
    return runInIdleSteps(checkMapInSteps(settled), (findings) => setIdle({ map: settled, findings }), IDLE_TIMEOUT_MS);
  }, [large, settled]);
  const last = useRef<Checked | null>(null);
  const result = small ?? idle ?? last.current ?? { map, findings: [] };
  last.current = result;
  return result;
}

/** Findings listed per group before "show more": each message names titles, so a huge map is not formatted whole. */
const GROUP_LIMIT = 50;

export function FindingsPanel(): JSX.Element {
  const { ui } = useApp();
  const { map } = useDoc();
  const { locale } = useUi();
  const t = useT(PANEL_TEXT);
  // Checking 2 000 touchpoints takes a frame or two: on a large map it runs once typing pauses.
  const large = map.touchpoints.length >= LARGE_MAP;
  const { map: deferred, findings } = useFindings(map, large);
  const groups = useMemo(() => groupFindings(findings), [findings]);
  // Said only on a large map: on a small one the list is a frame behind, and a flashing word would distract.
  const stale = large && deferred !== map;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // Messages are worded from the map the findings were checked on: an edit that re-renders the
  // panel before the next check (a drop on a large map) words no row again.
  const messages = useMemo(() => new Map<Finding, string>(), [deferred, locale]);
  const message = (finding: Finding) => {
    let text = messages.get(finding);
    if (text === undefined) messages.set(finding, (text = formatFinding(finding, deferred, locale)));
    return text;
  };
  // One stable callback, reading the latest map, so unchanged rows are not re-rendered on every edit.
  const latest = useRef(deferred);
  latest.current = deferred;
  const reveal = useCallback(
    (finding: Finding) => {
      const targets = findingTargets(finding, latest.current);
      if (targets.length > 0) ui.reveal(targets);
    },
    [ui],
  );
  return (
    <section className="tp-panel tp-findings" data-testid="findings" aria-label={t('findings.label', { count: findings.length })} aria-busy={stale}>
      <header className="tp-panel-head">
        <h2 className="tp-panel-title">
          {t('findings.heading')}
          <span className="tp-count">{findings.length}</span>
        </h2>
        {stale ? <span className="tp-meta">{t('findings.updating')}</span> : null}
      </header>
      {findings.length === 0 ? (
        <p className="tp-empty" data-testid="findings-empty">
          {t('findings.empty')}
        </p>
      ) : (
        <div className="tp-findings-list">
          {groups.map((group) => (
            <section key={group.severity} className="tp-findings-group" data-severity={group.severity} aria-label={t(`findings.group.${group.severity}`)}>
              <h3 className="tp-group-title">
                <FindingGlyph severity={group.severity} />
                <span>{t(`findings.group.${group.severity}`)}</span>
                <span className="tp-count">{group.findings.length}</span>
              </h3>
              <ul className="tp-finding-items">
                {(expanded.has(group.severity) ? group.findings : group.findings.slice(0, GROUP_LIMIT)).map((finding, i) => (
                  <FindingItem
                    key={`${finding.rule}:${finding.ids.join(',')}:${i}`}
                    finding={finding}
                    message={message(finding)}
                    onReveal={reveal}
                  />
                ))}
              </ul>
              {group.findings.length > GROUP_LIMIT && !expanded.has(group.severity) ? (
                <button
                  type="button"
                  className="tp-button tp-button--quiet tp-more"
                  onClick={() => setExpanded((current) => new Set([...current, group.severity]))}
                >
                  {t('findings.more', { count: group.findings.length - GROUP_LIMIT })}
                </button>
              ) : null}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

/** Re-rendered only when what it shows changes: the message, or what a click would reveal. */
const FindingItem = memo(
  function FindingItem({ finding, message, onReveal }: { finding: Finding; message: string; onReveal: (finding: Finding) => void }) {
    return (
      <li data-testid="finding" data-rule={finding.rule} data-severity={finding.severity}>
        <button type="button" className="tp-finding" onClick={() => onReveal(finding)}>
          <FindingGlyph severity={finding.severity} />
          <span className="tp-finding-text">{message}</span>
        </button>
      </li>
    );
  },
  (a, b) =>
    a.message === b.message &&
    a.onReveal === b.onReveal &&
    a.finding.rule === b.finding.rule &&
    a.finding.severity === b.finding.severity &&
    a.finding.ids.length === b.finding.ids.length &&
    a.finding.ids.every((id, i) => id === b.finding.ids[i]),
);
