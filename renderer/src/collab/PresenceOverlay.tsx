/**
 * Other people on the canvas: a coloured outline with their name around what they have selected,
 * and their pointer. Drawn in flow coordinates (inside the viewport), so both follow pan and zoom;
 * this page's own pointer is shared the same way, at most every CURSOR_INTERVAL_MS.
 */
import { useReactFlow, useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect } from 'react';
import type { GridLayout } from '../../../src/layout';
import { COLLAB_UI } from '../i18n/collab-ui';
import { useT } from '../app/context';
import { useCollab, usePeers } from './context';
import { CURSOR_INTERVAL_MS } from './join';

const domNodeSelector = (s: ReactFlowState) => s.domNode;

function useShareCursor(): void {
  const collab = useCollab();
  const domNode = useStore(domNodeSelector);
  const flow = useReactFlow();
  useEffect(() => {
    if (!collab || !domNode) return undefined;
    const { awareness } = collab;
    let last = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    let latest: { x: number; y: number } | null = null;
    const send = () => {
      last = Date.now();
      trailing = undefined;
      awareness.setLocalStateField('cursor', latest);
    };
    const move = (event: PointerEvent) => {
      const p = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      latest = { x: Math.round(p.x), y: Math.round(p.y) };
      const wait = CURSOR_INTERVAL_MS - (Date.now() - last);
      if (wait <= 0) send();
      else trailing ??= setTimeout(send, wait);
    };
    const leave = () => {
      clearTimeout(trailing);
      latest = null;
      send();
    };
    domNode.addEventListener('pointermove', move);
    domNode.addEventListener('pointerleave', leave);
    return () => {
      clearTimeout(trailing);
      domNode.removeEventListener('pointermove', move);
      domNode.removeEventListener('pointerleave', leave);
    };
  }, [collab, domNode, flow]);
}

function PresenceOverlayView({ layout }: { layout: GridLayout }) {
  const peers = usePeers();
  const t = useT(COLLAB_UI);
  useShareCursor();
  const others = peers.filter((p) => !p.isSelf);
  if (others.length === 0) return null;
  return (
    <ViewportPortal>
      {others.flatMap((peer) => {
        const name = peer.name || t('presence.anonymous');
        return peer.selection.flatMap((id) => {
          const box = layout.cards.get(id);
          if (!box) return [];
          return [
            <div
              key={`${peer.clientId}-${id}`}
              className="presence-outline"
              data-testid="presence-outline"
              style={{ transform: `translate(${box.x - 4}px, ${box.y - 4}px)`, width: box.width + 8, height: box.height + 8, borderColor: peer.colour }}
            >
              <span className="presence-tag" style={{ background: peer.colour }}>
                {name}
              </span>
            </div>,
          ];
        });
      })}
      {others.map((peer) =>
        peer.cursor ? (
          <div key={`cursor-${peer.clientId}`} className="presence-cursor" data-testid="presence-cursor" style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px)` }}>
            <svg width="14" height="18" viewBox="0 0 14 18" aria-hidden="true">
              <path d="M1 1 L1 15 L5 11 L8 17 L10 16 L7 10 L13 10 Z" fill={peer.colour} stroke="#fff" strokeWidth="1.2" />
            </svg>
            <span className="presence-tag" style={{ background: peer.colour }}>
              {peer.name || t('presence.anonymous')}
            </span>
          </div>
        ) : null,
      )}
    </ViewportPortal>
  );
}

export const PresenceOverlay = memo(PresenceOverlayView);
