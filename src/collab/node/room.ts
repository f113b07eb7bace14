/**
 * One shared map on the host: the Yjs document, the y-websocket wire protocol (y-protocols' sync and
 * awareness messages, exactly what y-websocket's WebsocketProvider speaks), and the gate every update
 * passes before it reaches the document.
 *
 * Why not @y/websocket-server's setupWSConnection: it applies a peer's update to the shared document
 * inside its message handler, so a schema-violating update would already be in everyone's document
 * before we could look at it, and it keeps its rooms in module globals. Here each update is first
 * applied to a shadow copy and checked (decodes, depends on nothing missing, leaves a valid map);
 * only then is it applied for real and relayed. The wire format is unchanged.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { formatPath, type MapDocument } from '../../model';
import { checkChanges, patchMap, readYDoc, writeMapToYDoc } from '../mapping';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;

export type DropReason = { code: 'malformed' } | { code: 'incomplete' } | { code: 'invalid'; path: string };

/** The socket side a room needs: satisfied by `ws` WebSockets and by test doubles. */
export interface Peer {
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

export interface RoomEvents {
  /** A peer's update was refused; the document is unchanged. */
  dropped?(reason: DropReason): void;
  /** The document changed (from any peer); the host persists after this. */
  changed?(): void;
}

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private shadow = new Y.Doc();
  private readonly peers = new Map<Peer, Set<number>>();
  /** Set while a checked update is applied to the document: the shadow already holds it. */
  private fromGate = false;
  /**
   * The merged map, patched after each change (patchMap) rather than read whole: reading 2 000
   * touchpoints took a few hundred milliseconds on a busy machine, and every save held the room's
   * messages up for that long.
   */
  private current: MapDocument;

  /** `history`: the updates of an earlier run of this room (room-log.ts), resumed instead of `map`. */
  constructor(
    map: MapDocument,
    private readonly events: RoomEvents = {},
    history?: readonly Uint8Array[],
  ) {
    if (history) for (const update of history) Y.applyUpdate(this.doc, update);
    else writeMapToYDoc(this.doc, map);
    this.current = readYDoc(this.doc).map ?? map;
    this.doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.changed.size === 0) return;
      this.current = patchMap(this.doc, this.current, tr.changed) ?? readYDoc(this.doc).map ?? this.current;
    });
    this.resetShadow();
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (!this.fromGate) Y.applyUpdate(this.shadow, update, this.shadow);
      const message = encodeMessage(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update));
      for (const peer of this.peers.keys()) if (peer !== origin) this.send(peer, message);
      this.events.changed?.();
    });
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const ids = this.peers.get(origin as Peer);
      if (ids) {
        for (const id of added) ids.add(id);
        for (const id of removed) ids.delete(id);
      }
      const changed = added.concat(updated, removed);
      const message = encodeMessage(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
      for (const peer of this.peers.keys()) this.send(peer, message);
    });
  }

  get size(): number {
    return this.peers.size;
  }

  /** The merged map (always valid: the gate keeps invalid states out). */
  get map(): MapDocument {
    return this.current;
  }

  join(peer: Peer): void {
    this.peers.set(peer, new Set());
    this.send(peer, encodeMessage(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, this.doc)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      this.send(peer, encodeMessage(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states))));
    }
  }

  leave(peer: Peer): void {
    const ids = this.peers.get(peer);
    if (!ids) return;
    this.peers.delete(peer);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  /** Handles one message from a peer; anything malformed is dropped and reported, never thrown. */
  receive(peer: Peer, message: Uint8Array): void {
    if (!this.peers.has(peer)) return;
    let reply: Uint8Array | null = null;
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) {
        const sub = decoding.readVarUint(decoder);
        if (sub === syncProtocol.messageYjsSyncStep1) {
          const stateVector = decoding.readVarUint8Array(decoder);
          // Decoding the state vector checks it before it is used to compute the answer.
          Y.decodeStateVector(stateVector);
          reply = encodeMessage(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep2(e, this.doc, stateVector));
        } else if (sub === syncProtocol.messageYjsSyncStep2 || sub === syncProtocol.messageYjsUpdate) {
          this.applyChecked(decoding.readVarUint8Array(decoder), peer);
        } else {
          throw new Error('unknown sync message');
        }
      } else if (type === MESSAGE_AWARENESS) {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), peer);
      } else if (type === MESSAGE_QUERY_AWARENESS) {
        const states = [...this.awareness.getStates().keys()];
        reply = encodeMessage(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
      } else {
        throw new Error('unknown message type');
      }
    } catch {
      this.events.dropped?.({ code: 'malformed' });
      return;
    }
    if (reply) this.send(peer, reply);
  }

  /** The gate: try the update on the shadow copy; only a clean, valid result reaches the document. */
  private applyChecked(update: Uint8Array, origin: Peer): void {
    let reason: DropReason | null = null;
    try {
      let changed: Y.Transaction['changed'] = new Map();
      const capture = (tr: Y.Transaction) => (changed = tr.changed);
      this.shadow.on('afterTransaction', capture);
      try {
        Y.applyUpdate(this.shadow, update, this.shadow);
      } finally {
        this.shadow.off('afterTransaction', capture);
      }
      const store = this.shadow.store;
      if (store.pendingStructs !== null || store.pendingDs !== null) reason = { code: 'incomplete' };
      else {
        const problems = checkChanges(this.shadow, changed);
        if (problems.length > 0) reason = { code: 'invalid', path: formatPath(problems[0]!.path) };
      }
    } catch {
      reason = { code: 'malformed' };
    }
    if (reason) {
      this.resetShadow();
      this.events.dropped?.(reason);
      return;
    }
    this.fromGate = true;
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      this.fromGate = false;
    }
  }

  private resetShadow(): void {
    this.shadow.destroy();
    this.shadow = new Y.Doc();
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.doc), this.shadow);
  }

  private send(peer: Peer, message: Uint8Array): void {
    try {
      peer.send(message);
    } catch {
      this.leave(peer);
    }
  }

  destroy(): void {
    for (const peer of [...this.peers.keys()]) {
      this.leave(peer);
      peer.close(1001, 'host closing');
    }
    this.awareness.destroy();
    this.shadow.destroy();
    this.doc.destroy();
  }
}

function encodeMessage(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
