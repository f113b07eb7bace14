/** Small pieces of the projector theme: level badges, pain-point markers with vote dots, touchpoint cards. */
import type { MouseEvent, ReactNode } from 'react';
import { translate, type Locale, type Params } from '../../../src/i18n';
import { workshopMessages } from '../i18n/workshop';
import type { Level, PainPoint, Touchpoint } from '../../../src/model';

export type WorkshopKey = keyof (typeof workshopMessages)['en'];
export type T = (key: WorkshopKey, params?: Params) => string;

export function makeT(locale: Locale): T {
  return (key, params) => translate(workshopMessages, locale, key, params);
}

/** Pluralised counts: the catalogue has a `-one` form for 1. */
export function count(t: T, key: 'count.touchpoints' | 'count.pain-points' | 'count.votes', n: number): string {
  return n === 1 ? t(`${key}-one`) : t(key, { count: n });
}

/** Shared SVG patterns (stripes, hatching) the level badges fill their shapes with. */
export function PatternDefs() {
  return (
    <svg className="ws-defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        <pattern id="ws-stripes" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="6" height="3" fill="#000000" />
        </pattern>
        <pattern id="ws-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="3" height="6" fill="#000000" />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * The level's symbol: a shape and a fill that stay distinct in greyscale and on a washed-out
 * projector (basic: hollow triangle pointing down, below the baseline · satisfactory: striped square ·
 * value-added: hatched diamond · memorable: solid star).
 */
export function LevelShape({ level }: { level: Level | undefined }) {
  const common = { stroke: '#000000', strokeWidth: 3, strokeLinejoin: 'round' as const };
  let shape: ReactNode;
  switch (level) {
    case 'basic':
      shape = <polygon points="3,5 29,5 16,28" fill="#ffffff" {...common} />;
      break;
    case 'satisfactory':
      shape = <rect x="4" y="4" width="24" height="24" fill="url(#ws-stripes)" {...common} />;
      break;
    case 'value-added':
      shape = <polygon points="16,2 30,16 16,30 2,16" fill="url(#ws-hatch)" {...common} />;
      break;
    case 'memorable':
      shape = <polygon points="16,2 20,12 31,12 22,19 25,30 16,23 7,30 10,19 1,12 12,12" fill="#000000" {...common} />;
      break;
    default:
      shape = <circle cx="16" cy="16" r="11" fill="#ffffff" {...common} strokeDasharray="4 4" />;
  }
  return (
    <svg className="ws-level-shape" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      {shape}
    </svg>
  );
}

export function LevelBadge({ level, t }: { level: Level | undefined; t: T }) {
  return (
    <span className={`ws-level ws-level--${level ?? 'none'}`} data-testid="level-badge" data-level={level ?? ''}>
      <LevelShape level={level} />
      <span>{level ? t(`level.${level}`) : t('level.untagged')}</span>
    </span>
  );
}

/** Up to this many dots are drawn; beyond it the number says the rest. */
const MAX_DRAWN_DOTS = 12;

export function VoteDots({ votes, t }: { votes: number; t: T }) {
  if (votes <= 0) return null;
  const drawn = Math.min(votes, MAX_DRAWN_DOTS);
  return (
    <span className="ws-dots" data-testid="vote-dots" data-votes={votes} aria-label={count(t, 'count.votes', votes)}>
      {Array.from({ length: drawn }, (_, i) => (
        <span key={i} className="ws-dot" aria-hidden="true" />
      ))}
      <span className="ws-dots-count">{votes}</span>
    </span>
  );
}

export interface PainMarkerProps {
  pain: PainPoint;
  t: T;
  voting: boolean;
  active: boolean;
  onActivate(pain: PainPoint, e: MouseEvent): void;
}

export function PainMarker({ pain, t, voting, active, onActivate }: PainMarkerProps) {
  return (
    <button
      type="button"
      className={`ws-pain ws-pain--${pain.severity}${active ? ' is-active' : ''}${voting ? ' is-voting' : ''}`}
      data-testid="pain-marker"
      data-pain-id={pain.id}
      data-votes={pain.votes ?? 0}
      onClick={(e) => {
        e.stopPropagation();
        onActivate(pain, e);
      }}
    >
      <span className="ws-pain-icon" aria-hidden="true">
        !
      </span>
      <span className="ws-pain-severity">{t(`severity.${pain.severity}`)}</span>
      <span className="ws-pain-title">{pain.title}</span>
      <VoteDots votes={pain.votes ?? 0} t={t} />
    </button>
  );
}

export interface CardProps {
  tp: Touchpoint;
  t: T;
  selected: boolean;
  focus: 'pain' | 'below' | 'muted' | null;
  voting: boolean;
  activePainId: string | null;
  onSelect(tp: Touchpoint): void;
  onPain(pain: PainPoint, tp: Touchpoint, e: MouseEvent): void;
}

export function emotionText(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

export function TouchpointCard({ tp, t, selected, focus, voting, activePainId, onSelect, onPain }: CardProps) {
  const classes = ['ws-card', selected ? 'is-selected' : '', focus ? `is-focus-${focus}` : '', tp.level === 'basic' ? 'is-below' : ''];
  return (
    <article
      className={classes.filter(Boolean).join(' ')}
      data-testid="touchpoint-card"
      data-touchpoint-id={tp.id}
      onClick={() => onSelect(tp)}
    >
      <h3 className="ws-card-title">{tp.title}</h3>
      <div className="ws-card-meta">
        <LevelBadge level={tp.level} t={t} />
        {tp.level === 'basic' ? <span className="ws-chip ws-chip--below">{t('below-baseline')}</span> : null}
        {tp.emotion !== undefined ? <span className="ws-chip">{t('emotion', { value: emotionText(tp.emotion) })}</span> : null}
        {tp.failPoint ? <span className="ws-chip ws-chip--fail">{t('fail-point')}</span> : null}
        {tp.waitPoint ? <span className="ws-chip">{t('wait-point')}</span> : null}
      </div>
      {(tp.painPoints ?? []).length > 0 ? (
        <div className="ws-card-pains">
          {(tp.painPoints ?? []).map((p) => (
            <PainMarker key={p.id} pain={p} t={t} voting={voting} active={activePainId === p.id} onActivate={(pain, e) => onPain(pain, tp, e)} />
          ))}
        </div>
      ) : null}
    </article>
  );
}
