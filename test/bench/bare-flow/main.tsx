/**
 * The canvas benchmark's baseline: the same map drawn by React Flow with its default nodes and edges
 * and nothing else — no swimlanes, headers, store, undo or analysis. Cards get the same positions and
 * sizes as in the app (the pure grid layout of src/layout), so both pages put the same cards on
 * screen. The page is told the app's canvas size and opening viewport in its query string
 * (`?w=&h=&x=&y=&zoom=`), and uses the app's settings that change what is rendered or how a gesture
 * is handled: onlyRenderVisibleElements above 300 nodes, pan on scroll, zoom limits, drag threshold.
 */
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { layoutGrid } from '../../../src/layout';
import type { MapDocument } from '../../../src/model';

interface Flow {
  nodes: Node[];
  edges: Edge[];
}

const query = new URLSearchParams(location.search);
const num = (key: string, fallback: number) => {
  const value = Number(query.get(key));
  return query.has(key) && Number.isFinite(value) ? value : fallback;
};
const size = { width: num('w', window.innerWidth), height: num('h', window.innerHeight - 40) };
const viewport = { x: num('x', 0), y: num('y', 0), zoom: num('zoom', 1) };

function toFlow(map: MapDocument): Flow {
  const layout = layoutGrid(map);
  const nodes: Node[] = [];
  for (const tp of map.touchpoints) {
    const box = layout.cards.get(tp.id);
    if (box) nodes.push({ id: tp.id, position: { x: box.x, y: box.y }, width: box.width, height: box.height, data: { label: tp.title } });
  }
  const edges: Edge[] = (map.links ?? []).map((k) => ({ id: k.id, source: k.from, target: k.to }));
  return { nodes, edges };
}

function App() {
  const [flow, setFlow] = useState<Flow | null>(null);
  (window as unknown as { __benchLoad: (m: MapDocument) => void }).__benchLoad = (m) => setFlow(toFlow(m));
  document.getElementById('bench-file')!.onchange = async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) setFlow(toFlow(JSON.parse(await file.text()) as MapDocument));
  };
  return (
    <div style={size}>
      {flow ? (
        <ReactFlow
          defaultNodes={flow.nodes}
          defaultEdges={flow.edges}
          defaultViewport={viewport}
          onlyRenderVisibleElements={flow.nodes.length > 300}
          panOnScroll
          minZoom={0.08}
          maxZoom={2.5}
          nodeDragThreshold={3}
        />
      ) : null}
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
