/**
 * The marks that tell levels and severities apart by shape, not colour alone (greyscale printers,
 * colour-blind readers, washed-out projectors): the same shapes as the PDF report. Returned as SVG
 * path data so the canvas, the SVG/PNG export and presentation mode draw identical glyphs.
 */
import type { Level, Severity } from '../model';

export type GlyphFill = 'solid' | 'hollow' | 'dashed';

export interface Glyph {
  /** SVG path data in a box of the given size with its origin at the top-left corner. */
  readonly d: string;
  readonly fill: GlyphFill;
}

const f = (n: number) => Number(n.toFixed(2));

function polygon(points: readonly (readonly [number, number])[]): string {
  return `M${points.map(([x, y]) => `${f(x)} ${f(y)}`).join('L')}Z`;
}

function circle(cx: number, cy: number, r: number): string {
  return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
}

/** basic = hollow square, satisfactory = filled circle, value-added = diamond, memorable = star, untagged = dashed ring. */
export function levelGlyph(level: Level | 'untagged', size: number): Glyph {
  const r = size / 2;
  const c = r;
  switch (level) {
    case 'basic': {
      const h = r * 0.74;
      return { d: polygon([[c - h, c - h], [c + h, c - h], [c + h, c + h], [c - h, c + h]]), fill: 'hollow' };
    }
    case 'satisfactory':
      return { d: circle(c, c, r * 0.85), fill: 'solid' };
    case 'value-added':
      return { d: polygon([[c, 0], [c + r * 0.82, c], [c, size], [c - r * 0.82, c]]), fill: 'solid' };
    case 'memorable': {
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r : r * 0.45;
        points.push([c + rr * Math.cos(a), c + rr * Math.sin(a) + r * 0.08]);
      }
      return { d: polygon(points), fill: 'solid' };
    }
    case 'untagged':
      return { d: circle(c, c, r * 0.7), fill: 'dashed' };
  }
}

const SEVERITY_SCALE: Record<Severity, number> = { low: 0.7, medium: 0.82, high: 0.92, critical: 1 };

/** A warning triangle: hollow for low and medium, filled for high and critical (critical adds a bar). */
export function painGlyph(severity: Severity, size: number): Glyph & { bar: string | null } {
  const h = size * SEVERITY_SCALE[severity];
  const w = Math.min(size, h * 1.1);
  const cx = size / 2;
  const top = (size - h) / 2;
  const d = polygon([[cx, top], [cx + w / 2, top + h], [cx - w / 2, top + h]]);
  const bar = severity === 'critical' ? `M${f(cx)} ${f(top + h * 0.36)}L${f(cx)} ${f(top + h * 0.72)}` : null;
  return { d, fill: severity === 'low' || severity === 'medium' ? 'hollow' : 'solid', bar };
}
