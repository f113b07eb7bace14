/** Small pieces of the projector theme: level badges, pain-point markers with vote dots, touchpoint cards. */
import type { MouseEvent } from 'react';
import { levelGlyph } from '../../../src/layout/glyphs';
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

const GLYPH_BOX = 32;

/**
 * The level's symbol: the editor's own glyph (src/layout/glyphs.ts), so a card reads the same on the
 * canvas and on the projector. Drawn in black and white only: solid glyphs filled black, hollow ones
 * white with a thick outline, untagged dashed, so a washed-out projector or greyscale cannot merge them.
 */
export function LevelShape({ level }: { level: Level | undefined }) {
  const glyph = levelGlyph(level ?? 'untagged', GLYPH_BOX - 6);
  return (
    <svg className="ws-level-shape" viewBox={`-3 -3 ${GLYPH_BOX} ${GLYPH_BOX}`} aria-hidden="true" focusable="false">
      <path
        d={glyph.d}
        fill={glyph.fill === 'solid' ? '#000000' : '#ffffff'}
        stroke="#000000"
        strokeWidth={3}
        strokeLinejoin="round"
        strokeDasharray={glyph.fill === 'dashed' ? '4 4' : undefined}
      />
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
