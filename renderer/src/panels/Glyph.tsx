/** Level and severity marks for the panels: the canvas's own shapes (src/layout/glyphs.ts), never colour alone. */
import { memo } from 'react';
import type { FindingSeverity } from '../../../src/findings';
import { levelGlyph, painGlyph, type Glyph } from '../../../src/layout/glyphs';
import type { Level, Severity } from '../../../src/model';

const SIZE = 12;

function Shape({ glyph, color, bar }: { glyph: Glyph; color: string; bar?: string | null }) {
  const hollow = glyph.fill !== 'solid';
  return (
    <svg className="tp-glyph" width={SIZE} height={SIZE} viewBox={`-1 -1 ${SIZE + 2} ${SIZE + 2}`} aria-hidden="true" focusable="false">
      <path
        d={glyph.d}
        fill={hollow ? 'none' : color}
        stroke={color}
        strokeWidth={1.5}
        strokeLinejoin="round"
        strokeDasharray={glyph.fill === 'dashed' ? '2 1.6' : undefined}
      />
      {bar ? <path d={bar} stroke={hollow ? color : 'var(--tp-panel)'} strokeWidth={1.6} strokeLinecap="round" /> : null}
    </svg>
  );
}

export const LevelGlyph = memo(function LevelGlyph({ level }: { level: Level | 'untagged' }) {
  return <Shape glyph={levelGlyph(level, SIZE)} color={`var(--tp-level-${level})`} />;
});

export const SeverityGlyph = memo(function SeverityGlyph({ severity }: { severity: Severity }) {
  const glyph = painGlyph(severity, SIZE);
  return <Shape glyph={glyph} bar={glyph.bar} color={`var(--tp-severity-${severity})`} />;
});

/** A finding's severity drawn as the pain-point triangle it corresponds to: error = critical, warning = medium, info = a ring. */
export const FindingGlyph = memo(function FindingGlyph({ severity }: { severity: FindingSeverity }) {
  if (severity === 'error') return <SeverityGlyph severity="critical" />;
  if (severity === 'warning') return <SeverityGlyph severity="medium" />;
  return (
    <svg className="tp-glyph" width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
      <circle cx={SIZE / 2} cy={SIZE / 2} r={SIZE / 2 - 1} fill="none" stroke="var(--tp-ink-muted)" strokeWidth={1.4} />
      <path d={`M${SIZE / 2} 5.2V9`} stroke="var(--tp-ink-muted)" strokeWidth={1.5} strokeLinecap="round" />
      <circle cx={SIZE / 2} cy={3.4} r={0.9} fill="var(--tp-ink-muted)" />
    </svg>
  );
});
