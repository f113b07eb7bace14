/** Workshop mode's pure logic: slides and navigation, the stage timer, dot voting, quick entry, the summary. */
export * from './slides';
export * from './timer';
export * from './vote';
export * from './quick-entry';
export * from './summary';
