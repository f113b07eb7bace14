/** Advice: what to do first. */
export { selectDoFirst, DO_FIRST_COUNT, type DoFirst, type DoFirstAction, type WaitEvidence, type ScoreEvidence, type ZeroedEvidence } from './do-first';
