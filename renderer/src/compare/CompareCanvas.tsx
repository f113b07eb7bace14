/**
 * A read-only canvas for the compare view: the grid of one map (src/layout, as the editor draws it)
 * with each card's change marked by colour, a glyph and a word, and what changed shown on hover and
 * focus. Its viewport is owned by the compare view, so two canvases side by side move together.
 */
import { ReactFlow, ReactFlowProvider, ViewportPortal, type Node, type NodeProps, type Viewport } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { analyzeMap } from '../../../src/analysis';
import type { CardMark } from '../../../src/diff/overlay';
import { levelName } from '../../../src/i18n/vocab';
import { ZOOM, fitViewport, layoutGrid, type GridLayout } from '../../../src/layout';
import type { Locale, MapDocument, Touchpoint } from '../../../src/model';
import { GridBackdrop } from '../canvas/GridBackdrop';

export interface CardNote {
  readonly mark: CardMark;
  /** The mark in words ("Added"), so colour is never the only signal. */
  readonly word: string;
  /** One sentence per change on this card, in the UI language. */
  readonly lines: readonly string[];
  readonly regression: boolean;
}

interface CompareCardData extends Record<string, unknown> {
  readonly tp: Touchpoint;
  readonly note: CardNote | undefined;
  readonly locale: Locale;
  readonly current: boolean;
}
type CompareCardNode = Node<CompareCardData, 'compareCard'>;

export const MARK_GLYPH: Readonly<Record<CardMark | 'map', string>> = { added: '+', removed: '−', changed: '~', map: '•' };

const CompareCard = memo(function CompareCard({ data, id }: NodeProps<CompareCardNode>) {
  const { tp, note, locale, current } = data;
  const level = tp.level ?? 'untagged';
  const classes = ['cmp-card', `cmp-card--${level}`];
  if (note) classes.push(`is-${note.mark}`);
  if (current) classes.push('is-current');
  const tipId = `cmp-tip-${id}`;
  return (
    <div className={classes.join(' ')} data-mark={note?.mark ?? 'same'} aria-describedby={note ? tipId : undefined}>
      {note ? (
        <span className="cmp-card__badge">
          <span aria-hidden="true">{MARK_GLYPH[note.mark]}</span> {note.word}
        </span>
      ) : null}
      <span className="cmp-card__title">{tp.title}</span>
      <span className="cmp-card__level">{levelName(tp.level ?? 'untagged', locale)}</span>
      {note && note.lines.length > 0 ? (
        <span className="cmp-card__tip" id={tipId} role="tooltip">
          {note.lines.map((line, i) => (
            <span key={i} className="cmp-card__tip-line">
              {line}
            </span>
          ))}
        </span>
      ) : null}
    </div>
  );
});

const nodeTypes = { compareCard: CompareCard };
const proOptions = { hideAttribution: true };
const NO_KEYS = null;

function buildNodes(map: MapDocument, layout: GridLayout, notes: ReadonlyMap<string, CardNote>, locale: Locale, current: string | null): CompareCardNode[] {
  return map.touchpoints.flatMap((tp) => {
    const box = layout.cards.get(tp.id);
    if (!box) return [];
    const note = notes.get(tp.id);
    return [
      {
        id: tp.id,
        type: 'compareCard' as const,
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        measured: { width: box.width, height: box.height },
        draggable: false,
        connectable: false,
        selectable: false,
        data: { tp, note, locale, current: current === tp.id },
        ariaLabel: note ? `${note.word}: ${tp.title}` : tp.title,
      },
    ];
  });
}

/** Stage names above the grid and lane names to its left, in flow coordinates (they move with the map). */
function Labels({ layout }: { layout: GridLayout }) {
  return (
    <ViewportPortal>
      {layout.stages.map((s) => (
        <div key={s.stage.id} className="cmp-label cmp-label--stage" style={{ transform: `translate(${s.x}px, -44px)`, width: s.width }}>
          {s.stage.name}
        </div>
      ))}
      {layout.lanes.map((l) => (
        <div key={l.lane.id} className="cmp-label cmp-label--lane" style={{ transform: `translate(-172px, ${l.y}px)`, height: l.height }}>
          {l.lane.name}
        </div>
      ))}
    </ViewportPortal>
  );
}

export interface CompareCanvasProps {
  readonly map: MapDocument;
  readonly notes: ReadonlyMap<string, CardNote>;
  readonly locale: Locale;
  readonly theme: 'light' | 'dark';
  readonly label: string;
  readonly current: string | null;
  readonly viewport: Viewport | null;
  readonly onViewport: (viewport: Viewport) => void;
  readonly testId: string;
}

/** The viewport that puts a card in the middle of a canvas of this size, at a zoom where its text reads. */
export function centreOn(map: MapDocument, id: string, width: number, height: number, zoomNow: number): Viewport | null {
  const box = layoutGrid(map).cards.get(id);
  if (!box) return null;
  const zoom = Math.min(ZOOM.max, Math.max(zoomNow, 0.9));
  return { x: width / 2 - (box.x + box.width / 2) * zoom, y: height / 2 - (box.y + box.height / 2) * zoom, zoom };
}

export function CompareCanvas({ map, notes, locale, theme, label, current, viewport, onViewport, testId }: CompareCanvasProps) {
  const layout = useMemo(() => layoutGrid(map), [map]);
  const means = useMemo(() => analyzeMap(map).stages.map((s) => s.meanEmotion), [map]);
  const nodes = useMemo(() => buildNodes(map, layout, notes, locale, current), [map, layout, notes, locale, current]);
  const box = useRef<HTMLDivElement>(null);
  // The first canvas to be measured fits the map; the view is shared from then on.
  useEffect(() => {
    const el = box.current;
    if (viewport || !el || el.clientWidth === 0) return;
    onViewport(fitViewport(layout, { width: el.clientWidth, height: el.clientHeight }));
  }, [viewport, layout, onViewport]);
  return (
    <div className="cmp-canvas" ref={box} role="region" aria-label={label} data-testid={testId}>
      {viewport ? (
        // Its own provider: the compare view sits inside the editor's, whose store must not be shared.
        <ReactFlowProvider>
        <ReactFlow<CompareCardNode>
          nodes={nodes}
          edges={[]}
          nodeTypes={nodeTypes}
          viewport={viewport}
          onViewportChange={onViewport}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          deleteKeyCode={NO_KEYS}
          selectionKeyCode={NO_KEYS}
          panOnScroll
          zoomOnDoubleClick={false}
          minZoom={ZOOM.min}
          maxZoom={ZOOM.max}
          proOptions={proOptions}
          colorMode={theme}
        >
          <GridBackdrop layout={layout} means={means} dropCell={null} />
          <Labels layout={layout} />
        </ReactFlow>
        </ReactFlowProvider>
      ) : null}
    </div>
  );
}
