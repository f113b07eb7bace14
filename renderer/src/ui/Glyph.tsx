/** Level and severity marks from src/layout/glyphs.ts as inline SVG: shape first, colour second. */
import { memo } from 'react';
import { levelGlyph, painGlyph } from '../../../src/layout';
import type { Level, Severity } from '../../../src/model';

export const LevelGlyph = memo(function LevelGlyph({ level, size = 14 }: { level: Level | 'untagged'; size?: number }) {
  const glyph = levelGlyph(level, size);
  const color = `var(--tp-level-${level})`;
  return (
    <svg className="glyph" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <path
        d={glyph.d}
        fill={glyph.fill === 'solid' ? color : 'none'}
        stroke={color}
        strokeWidth={glyph.fill === 'solid' ? 0 : Math.max(1.5, size * 0.14)}
        strokeDasharray={glyph.fill === 'dashed' ? `${size * 0.18} ${size * 0.14}` : undefined}
      />
    </svg>
  );
});

export const PainGlyph = memo(function PainGlyph({ severity, size = 14 }: { severity: Severity; size?: number }) {
  const glyph = painGlyph(severity, size);
  const color = `var(--tp-severity-${severity})`;
  return (
    <svg className="glyph" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <path d={glyph.d} fill={glyph.fill === 'solid' ? color : 'var(--tp-card)'} stroke={color} strokeWidth={1.4} strokeLinejoin="round" />
      {glyph.bar ? <path d={glyph.bar} stroke="var(--tp-card)" strokeWidth={Math.max(1.2, size * 0.12)} strokeLinecap="round" /> : null}
    </svg>
  );
});
