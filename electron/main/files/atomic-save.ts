/** The app saves through the one save routine it shares with the command line (src/platform/node/save.ts). */
export { classifyFailure, isOwnTemp, removeStaleTemps, saveFileAtomic, SaveError, tempPathFor } from '../../../src/platform/node/save';
export type { SaveFailureReason, SaveFileHandle, SaveFs, SaveOptions, SaveStep } from '../../../src/platform/node/save';
