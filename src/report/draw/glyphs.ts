/**
 * Marks that survive greyscale printing: each service level has its own shape (basic = hollow square,
 * satisfactory = filled circle, value-added = diamond, memorable = star, untagged = dotted ring), each
 * severity its own size and fill of the warning triangle.
 */
import type { Level, Severity } from '../../model';
import { LEVEL_COLOR, PAPER, SEVERITY_COLOR } from '../theme';
import type { Surface } from './surface';

/** Draws the level badge centred on (cx, cy) inside a box of `size` points. */
export function levelBadge(s: Surface, level: Level | 'untagged', cx: number, cy: number, size: number): void {
  const r = size / 2;
  const color = LEVEL_COLOR[level];
  switch (level) {
    case 'basic':
      s.fill(PAPER).stroke(color, size * 0.16);
      s.doc.rect(cx - r * 0.78, cy - r * 0.78, r * 1.56, r * 1.56, 'FD');
      break;
    case 'satisfactory':
      s.fill(color).stroke(color, 0.3);
      s.doc.circle(cx, cy, r * 0.85, 'F');
      break;
    case 'value-added':
      s.fill(color).stroke(color, 0.3);
      s.polygon([[cx, cy - r], [cx + r * 0.8, cy], [cx, cy + r], [cx - r * 0.8, cy]], 'F');
      break;
    case 'memorable': {
      s.fill(color).stroke(color, 0.3);
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r : r * 0.45;
        points.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a) + r * 0.08]);
      }
      s.polygon(points, 'F');
      break;
    }
    case 'untagged':
      s.stroke(color, size * 0.12, [size * 0.15, size * 0.15]);
      s.doc.circle(cx, cy, r * 0.7, 'S');
      s.stroke(color, 0.5, []);
      break;
  }
}

const SEVERITY_SCALE: Record<Severity, number> = { low: 0.7, medium: 0.82, high: 0.92, critical: 1 };

/** A warning triangle: hollow for low and medium, filled for high, filled with a bar for critical. */
export function painMarker(s: Surface, severity: Severity, cx: number, cy: number, size: number): void {
  const h = size * SEVERITY_SCALE[severity];
  const w = h * 1.1;
  const color = SEVERITY_COLOR[severity];
  const pts: [number, number][] = [[cx, cy - h / 2], [cx + w / 2, cy + h / 2], [cx - w / 2, cy + h / 2]];
  if (severity === 'low' || severity === 'medium') {
    s.fill(PAPER).stroke(color, severity === 'low' ? 0.6 : 0.9);
    s.polygon(pts, 'FD');
  } else {
    s.fill(color).stroke(color, 0.5);
    s.polygon(pts, 'F');
    if (severity === 'critical') {
      s.stroke(PAPER, Math.max(0.6, h * 0.12));
      s.doc.line(cx, cy - h * 0.12, cx, cy + h * 0.24);
    }
  }
}

/** Fail point: a small ✕ in a circle. */
export function failMark(s: Surface, cx: number, cy: number, size: number, color: readonly [number, number, number]): void {
  const r = size / 2;
  s.fill(PAPER).stroke(color, 0.6);
  s.doc.circle(cx, cy, r, 'FD');
  const d = r * 0.5;
  s.doc.line(cx - d, cy - d, cx + d, cy + d);
  s.doc.line(cx - d, cy + d, cx + d, cy - d);
}

/** Wait point: an hourglass. */
export function waitMark(s: Surface, cx: number, cy: number, size: number, color: readonly [number, number, number]): void {
  const r = size / 2;
  s.fill(color).stroke(color, 0.4);
  s.polygon([[cx - r * 0.7, cy - r], [cx + r * 0.7, cy - r], [cx, cy], ], 'F');
  s.polygon([[cx - r * 0.7, cy + r], [cx + r * 0.7, cy + r], [cx, cy]], 'F');
}
