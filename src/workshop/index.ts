/** Workshop mode's pure logic: slides and navigation, the stage timer, dot voting, quick entry, the summary, the room's shared state, the evidence ledger. */
export * from './slides';
export * from './timer';
export * from './vote';
export * from './quick-entry';
export * from './summary';
export * from './room';
export * from './ledger';
export * from './contributions';
