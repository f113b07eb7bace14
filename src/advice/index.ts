/** Advice: what to do first, and the suggestions the report shows (through one adapter). */
export { selectDoFirst, DO_FIRST_COUNT, type DoFirst, type DoFirstAction, type WaitEvidence, type ScoreEvidence, type ZeroedEvidence } from './do-first';
export { adviceForMap, pickForRegister, type Advice, type RegisterPick } from './suggestions';
