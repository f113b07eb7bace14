/** The three kinds of slide: overview, one stage filling the screen, summary. */
import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { MapAnalysis } from '../../../src/analysis';
import { joinList, quote, type Locale } from '../../../src/i18n';
import { LEVELS, type MapDocument, type PainPoint, type Touchpoint } from '../../../src/model';
import { emotionGeometry, evidenceLedger, focusTargets, stageRows, type Slide, type SummaryData } from '../../../src/workshop';
import { count, emotionText, LevelBadge, TouchpointCard, VoteDots, type T } from './parts';

export function ProgressStrip({ map, slides, index, t, onGo }: { map: MapDocument; slides: Slide[]; index: number; t: T; onGo(i: number): void }) {
  return (
    <nav className="ws-progress" data-testid="progress" aria-label={t('progress.label')}>
      {slides.map((s, i) => {
        const label = s.kind === 'overview' ? t('slide.overview') : s.kind === 'summary' ? t('slide.summary') : (map.stages[s.stageIndex]?.name ?? '');
        const state = i === index ? 'is-current' : i < index ? 'is-done' : '';
        return (
          <button
            key={s.key}
            type="button"
            className={`ws-progress-step ws-progress-step--${s.kind} ${state}`}
            aria-current={i === index ? 'step' : undefined}
            data-slide={s.key}
            onClick={() => onGo(i)}
          >
            {s.kind === 'stage' ? <span className="ws-progress-n">{s.stageIndex + 1}</span> : null}
            <span className="ws-progress-name">{label}</span>
          </button>
        );
      })}
    </nav>
  );
}

export function OverviewSlide({ map, analysis, t, onGo }: { map: MapDocument; analysis: MapAnalysis; t: T; onGo(stageIndex: number): void }) {
  return (
    <section className="ws-slide ws-overview" data-slide-kind="overview">
      <header className="ws-slide-head">
        <p className="ws-kicker">{t('overview.kicker')} · {t('overview.stages', { count: map.stages.length })}</p>
        <h1 className="ws-title" data-testid="slide-title">
          {map.title}
        </h1>
        {map.description ? <p className="ws-lede">{map.description}</p> : null}
      </header>
      {/* A journey reads left to right: one row of stages while they fit. */}
      <ol
        className="ws-overview-stages"
        style={map.stages.length <= 8 ? { gridTemplateColumns: `repeat(${Math.max(1, map.stages.length)}, minmax(0, 1fr))` } : undefined}
      >
        {analysis.stages.map((s) => (
          <li key={s.stageId}>
            <button type="button" className={`ws-overview-stage${s.zeroedBy.length > 0 ? ' is-zeroed' : ''}`} onClick={() => onGo(s.index)}>
              <span className="ws-overview-n">{s.index + 1}</span>
              <span className="ws-overview-name">{s.name}</span>
              <span className="ws-overview-facts">
                {count(t, 'count.touchpoints', s.touchpointIds.length)} · {count(t, 'count.pain-points', s.painPointIds.length)}
              </span>
              <span className="ws-overview-score">{s.zeroedBy.length > 0 ? t('summary.zeroed') : s.score === null ? t('no-score') : t('score', { score: s.score })}</span>
            </button>
          </li>
        ))}
      </ol>
      <section className="ws-legend" data-testid="legend" aria-label={t('legend.title')}>
        <h2 className="ws-legend-title">{t('legend.title')}</h2>
        <div className="ws-legend-badges">
          {LEVELS.map((level) => (
            <LevelBadge key={level} level={level} t={t} />
          ))}
        </div>
        <p className="ws-legend-note">{t('legend.baseline')}</p>
      </section>
      <p className="ws-hint">{t('overview.start')}</p>
    </section>
  );
}

export interface StageSlideProps {
  map: MapDocument;
  stageIndex: number;
  analysis: MapAnalysis;
  t: T;
  focus: boolean;
  voting: boolean;
  selectedId: string | null;
  activePainId: string | null;
  onSelect(tp: Touchpoint): void;
  onPain(pain: PainPoint, tp: Touchpoint, e: MouseEvent): void;
  onGo(stageIndex: number): void;
}

export function StageSlide({ map, stageIndex, analysis: mapAnalysis, t, focus, voting, selectedId, activePainId, onSelect, onPain, onGo }: StageSlideProps) {
  const stage = map.stages[stageIndex] ?? { id: '', name: '' };
  const rows = stageRows(map, stage.id);
  const analysis = mapAnalysis.stages[stageIndex];
  const prev = map.stages[stageIndex - 1];
  const next = map.stages[stageIndex + 1];
  const any = rows.some((r) => r.touchpoints.length > 0);
  const targets = focus ? focusTargets(map) : null;
  // Lanes with cards share the height (auto tracks stretch); empty lanes keep only their label.
  const template = rows.map((r) => (r.touchpoints.length > 0 ? 'auto' : 'min-content')).join(' ');
  // A crowded stage steps its type down rather than cutting cards off: measured, not guessed.
  const rowsRef = useRef<HTMLDivElement>(null);
  const [dense, setDense] = useState(false);
  const layoutKey = `${stage.id}:${rows.map((r) => r.touchpoints.map((tp) => `${tp.id}/${tp.title.length}/${(tp.painPoints ?? []).length}`).join(',')).join('|')}`;
  useLayoutEffect(() => {
    setDense(false);
  }, [layoutKey]);
  useLayoutEffect(() => {
    const measure = () => {
      const el = rowsRef.current;
      if (!el || dense) return;
      const cards = [...el.querySelectorAll<HTMLElement>('.ws-card')];
      if (cards.some((c) => c.scrollHeight > c.clientHeight + 1) || el.scrollHeight > el.clientHeight + 1) setDense(true);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });
  if (stage.id === '') return null;
  return (
    <section className={`ws-slide ws-stage${dense ? ' is-dense' : ''}`} data-slide-kind="stage" data-stage-id={stage.id}>
      <header className="ws-slide-head ws-stage-head">
        <p className="ws-kicker">{t('slide.stage', { n: stageIndex + 1, total: map.stages.length })}</p>
        <h1 className="ws-title" data-testid="slide-title">
          {stage.name}
        </h1>
        {analysis ? (
          <p className={`ws-stage-score${analysis.zeroedBy.length > 0 ? ' is-zeroed' : ''}`} data-testid="stage-score">
            {analysis.zeroedBy.length > 0
              ? `${t('summary.zeroed')} · ${t('score', { score: 0 })}`
              : analysis.score === null
                ? t('no-score')
                : t('score', { score: analysis.score })}
          </p>
        ) : null}
      </header>
      <div className="ws-stage-body">
        {prev ? (
          <button type="button" className="ws-neighbour ws-neighbour--prev" onClick={() => onGo(stageIndex - 1)}>
            <span>{t('stage.previous', { name: prev.name })}</span>
          </button>
        ) : (
          <span className="ws-neighbour ws-neighbour--none" />
        )}
        <div className="ws-rows" ref={rowsRef} style={{ gridTemplateRows: template }}>
          {rows.map((row) => (
            <div key={row.lane.id} className={`ws-row${row.touchpoints.length === 0 ? ' is-empty' : ''}`} data-lane-id={row.lane.id}>
              {row.lineAbove ? (
                <div className={`ws-line ws-line--${row.lineAbove}`}>
                  <span>{t(`line.${row.lineAbove}`)}</span>
                </div>
              ) : null}
              <div className="ws-lane-name">{row.lane.name}</div>
              <div className="ws-cards">
                {row.touchpoints.map((tp) => (
                  <TouchpointCard
                    key={tp.id}
                    tp={tp}
                    t={t}
                    selected={tp.id === selectedId}
                    focus={!targets ? null : targets.painTouchpoints.has(tp.id) ? 'pain' : targets.belowBaseline.has(tp.id) ? 'below' : 'muted'}
                    voting={voting}
                    activePainId={activePainId}
                    onSelect={onSelect}
                    onPain={onPain}
                  />
                ))}
              </div>
            </div>
          ))}
          {!any ? <p className="ws-empty">{t('stage.empty')}</p> : null}
        </div>
        {next ? (
          <button type="button" className="ws-neighbour ws-neighbour--next" onClick={() => onGo(stageIndex + 1)}>
            <span>{t('stage.next', { name: next.name })}</span>
          </button>
        ) : (
          <span className="ws-neighbour ws-neighbour--none" />
        )}
      </div>
    </section>
  );
}

const CURVE_W = 1800;
const CURVE_H = 300;
const CURVE_PAD = 48;

function EmotionCurve({ data, t }: { data: SummaryData; t: T }) {
  const innerH = CURVE_H - 2 * CURVE_PAD;
  const { points, segments, zeroY, slotX } = emotionGeometry(data.emotion, CURVE_W, innerH);
  return (
    <figure className="ws-curve" data-testid="emotion-curve">
      <figcaption className="ws-h2">{t('summary.emotion')}</figcaption>
      {points.length === 0 ? (
        <p className="ws-note">{t('summary.no-emotion')}</p>
      ) : (
        <svg viewBox={`0 0 ${CURVE_W} ${CURVE_H + 56}`} role="img" aria-label={t('summary.emotion')} preserveAspectRatio="xMidYMid meet">
          <g transform={`translate(0 ${CURVE_PAD})`}>
            <line x1="0" x2={CURVE_W} y1={zeroY} y2={zeroY} stroke="#000000" strokeWidth="3" strokeDasharray="14 10" />
            <text x="6" y={-14} className="ws-curve-axis">
              +3
            </text>
            <text x="6" y={innerH + 34} className="ws-curve-axis">
              −3
            </text>
            {segments.map((seg, i) => (
              <polyline key={i} points={seg.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke="#000000" strokeWidth="8" strokeLinejoin="round" />
            ))}
            {points.map((p) => (
              <g key={p.stageId}>
                <circle cx={p.x} cy={p.y} r="14" fill={p.mean < 0 ? '#ffffff' : '#000000'} stroke="#000000" strokeWidth="6" />
                <text x={p.x + 22} y={p.y - 16} className="ws-curve-value">
                  {emotionText(Math.round(p.mean * 10) / 10)}
                </text>
              </g>
            ))}
          </g>
          {data.emotion.map((e, i) => (
            <text key={e.stageId} x={slotX[i]} y={CURVE_H + 44} textAnchor="middle" className="ws-curve-label">
              {e.name}
            </text>
          ))}
        </svg>
      )}
    </figure>
  );
}

export function SummarySlide({ map, data, t, locale }: { map: MapDocument; data: SummaryData; t: T; locale: Locale }) {
  return (
    <section className="ws-slide ws-summary" data-slide-kind="summary">
      <header className="ws-slide-head">
        <p className="ws-kicker">{map.title}</p>
        <h1 className="ws-title" data-testid="slide-title">
          {t('slide.summary')}
        </h1>
      </header>
      <div className="ws-summary-grid">
        <section className="ws-scores" data-testid="summary-scores">
          <h2 className="ws-h2">{t('summary.scores')}</h2>
          <ol>
            {data.stages.map((s) => (
              <li key={s.stageId} className={`ws-score${s.zeroedBy.length > 0 ? ' is-zeroed' : ''}${s.worst ? ' is-worst' : ''}`} data-stage-id={s.stageId}>
                <span className="ws-score-name">{s.name}</span>
                <span className="ws-score-bar">
                  <span className="ws-score-fill" style={{ width: `${s.score ?? 0}%` }} />
                </span>
                <span className="ws-score-value">{s.score ?? t('no-score')}</span>
                {s.zeroedBy.length > 0 ? <span className="ws-score-zero">{t('summary.zeroed')}</span> : null}
              </li>
            ))}
          </ol>
          <p className="ws-note" data-testid="summary-zeroed">
            {data.zeroedStages.length > 0
              ? data.zeroedStages.map((s) => t('summary.zeroed-note', { stage: s.name, pains: joinList(s.zeroedBy.map((p) => quote(p, locale)), locale) })).join(' ')
              : t('summary.no-zeroed')}
          </p>
        </section>
        <section className="ws-risks" data-testid="summary-risks">
          <h2 className="ws-h2">{t('summary.risks')}</h2>
          {data.topRisks.length === 0 ? (
            <p className="ws-note">{t('summary.no-risks')}</p>
          ) : (
            <ol>
              {data.topRisks.map((r) => (
                <li key={r.painPointId} className={`ws-risk ws-risk--${r.severity}`} data-pain-id={r.painPointId}>
                  <span className="ws-risk-title">{r.title}</span>
                  <span className="ws-risk-facts">
                    <span className={`ws-sev ws-sev--${r.severity}`}>{t(`severity.${r.severity}`)}</span>
                    {r.stageName} · {t('summary.risk', { risk: r.risk })}
                    <VoteDots votes={r.votes} t={t} />
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <EmotionCurve data={data} t={t} />
      <EvidenceNote map={map} t={t} />
    </section>
  );
}

/** The evidence ledger: how much of the map the room assumed, and how much research has since observed. */
function EvidenceNote({ map, t }: { map: MapDocument; t: T }) {
  const ledger = evidenceLedger(map);
  return (
    <p className="ws-note ws-ledger" data-testid="summary-ledger" data-assumed={ledger.assumed} data-observed={ledger.observed}>
      <strong>{t('ledger.title')}:</strong> {t('ledger.counts', { assumed: ledger.assumed, observed: ledger.observed })} ·{' '}
      {ledger.observedSinceLastSession === null ? t('ledger.first') : t('ledger.since', { count: ledger.observedSinceLastSession })}
    </p>
  );
}
