export { toYDoc, fromYDoc, readYDoc, writeMapToYDoc, applyMapToYDoc, patchMap, dropDangling, rootOf, COLLECTIONS, type ReadResult } from './mapping';
export { CollabSession, collabIdGenerator, randomTag, type RunOptions } from './session';
export { PRESENCE_COLOURS, presenceColour, readPresence, type PresenceState } from './presence';
export { COLLAB_PATH, parseJoinLink, formatJoinLink, type JoinLink } from './link';
