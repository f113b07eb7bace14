export * from './chords';
export * from './derive';
export * from './ids';
export { ACTION_LABELS, GESTURES } from './labels';
export * from './table';
export * from './navigate';
