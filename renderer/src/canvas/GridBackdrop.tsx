/**
 * The swimlane grid drawn behind the cards, in flow coordinates: lane bands, stage dividers, the
 * blueprint lines, and the emotion curve across the stages in emotion lanes.
 * Pointer events pass through to the pane (pan, box select, double-click to add).
 */
import type { Transform } from '@xyflow/react';
import { memo } from 'react';
import { emotionY, type CellHit, type GridLayout } from '../../../src/layout';
import { useFollowViewport } from './follow-viewport';

const backdropTransform = ([x, y, zoom]: Transform) => `translate(${x}px, ${y}px) scale(${zoom})`;

/**
 * `means` is each stage's mean emotion (null for none), in the map's stage order. The drawing is
 * memoised on the layout's lists, which keep their identity while no stage or lane box changed
 * (reuseLayout), so moving a card inside its cell, or dragging one, does not redraw the grid.
 * Panning and zooming only move it (useFollowViewport): it does not re-render.
 */
export const GridBackdrop = memo(function GridBackdrop({ layout, means, dropCell }: { layout: GridLayout; means: readonly (number | null)[]; dropCell: CellHit | null }) {
  const ref = useFollowViewport<HTMLDivElement>(backdropTransform);
  return (
    <div ref={ref} className="grid-backdrop" aria-hidden="true">
      <GridDrawing stages={layout.stages} lanes={layout.lanes} lines={layout.lines} width={layout.width} height={layout.height} means={means} />
      {dropCell ? <DropHighlight layout={layout} cell={dropCell} /> : null}
    </div>
  );
});

/** The cell a dragged card would land in. Drawn apart from the grid so a drag does not redraw it. */
function DropHighlight({ layout, cell }: { layout: GridLayout; cell: CellHit }) {
  const stage = layout.stages.find((s) => s.stage.id === cell.stage);
  const lane = layout.lanes.find((l) => l.lane.id === cell.lane);
  if (!stage || !lane) return null;
  return <div className="drop-target" data-testid="drop-target" style={{ left: stage.x, top: lane.y, width: stage.width, height: lane.height }} />;
}

interface DrawingProps {
  stages: GridLayout['stages'];
  lanes: GridLayout['lanes'];
  lines: GridLayout['lines'];
  width: number;
  height: number;
  means: readonly (number | null)[];
}

const GridDrawing = memo(function GridDrawing({ stages, lanes, lines, width, height, means }: DrawingProps) {
  const layout = { stages, lanes, lines };
  return (
    <svg width={Math.max(1, width)} height={Math.max(1, height)} className="grid-svg">
      {layout.lanes.map((lane, i) => (
        <rect
          key={lane.lane.id}
          x={0}
          y={lane.y}
          width={width}
          height={lane.height}
          className={`grid-band ${i % 2 ? 'grid-band--b' : 'grid-band--a'} grid-band--${lane.lane.kind ?? 'custom'}`}
        />
      ))}
      {layout.stages.slice(1).map((stage) => (
        <line key={stage.stage.id} x1={stage.x} x2={stage.x} y1={0} y2={height} className="grid-divider" />
      ))}
      {layout.lanes.slice(1).map((lane) => (
        <line key={lane.lane.id} x1={0} x2={width} y1={lane.y} y2={lane.y} className="grid-divider" />
      ))}
      <rect x={0} y={0} width={width} height={height} className="grid-frame" />
      {layout.lines.map((line) => (
        // Named in the lane-header column (Headers.tsx), where the name stays on screen while panning.
        <line key={`${line.kind}-${line.y}`} x1={0} x2={width} y1={line.y} y2={line.y} className={`bp-line bp-line--${line.kind}`} />
      ))}
      {layout.lanes
        .filter((lane) => lane.lane.kind === 'emotions')
        .map((lane) => {
          const points = layout.stages.map((stage) => {
            const mean = means[stage.index] ?? null;
            return mean === null ? null : { x: stage.x + stage.width / 2, y: emotionY(lane, mean), mean };
          });
          const segments: { x: number; y: number; mean: number }[][] = [];
          let current: { x: number; y: number; mean: number }[] = [];
          for (const point of points) {
            if (point) current.push(point);
            else if (current.length) {
              segments.push(current);
              current = [];
            }
          }
          if (current.length) segments.push(current);
          return (
            <g key={lane.lane.id} className="emotion-curve">
              <line x1={0} x2={width} y1={emotionY(lane, 0)} y2={emotionY(lane, 0)} className="emotion-curve__zero" />
              {segments.map((segment, i) => (
                <polyline key={i} points={segment.map((p) => `${p.x},${p.y}`).join(' ')} className="emotion-curve__line" />
              ))}
              {points.map((p, i) =>
                p ? (
                  <g key={i}>
                    <circle cx={p.x} cy={p.y} r={6} className="emotion-curve__dot" />
                    <text x={p.x + 10} y={p.y - 8} className="emotion-curve__value">
                      {p.mean > 0 ? `+${p.mean.toFixed(1)}` : p.mean.toFixed(1)}
                    </text>
                  </g>
                ) : null,
              )}
            </g>
          );
        })}
    </svg>
  );
});
