export { toYDoc, fromYDoc, readYDoc, writeMapToYDoc, applyMapToYDoc, dropDangling, rootOf, COLLECTIONS, type ReadResult } from './mapping';
export { CollabSession, collabIdGenerator, randomTag } from './session';
export { PRESENCE_COLOURS, presenceColour, readPresence, type PresenceState } from './presence';
