export * from './vocab';
export * from './schema';
export * from './problems';
export { parseMap, parseMapBytes, parseMapValue, MAX_PROBLEMS, type ParseResult } from './parse';
export { serializeMap } from './serialize';
export { migrate, MIGRATIONS, type Migration } from './migrations';
export { checkReferences } from './references';
export { LIMITS, REPORT_LIMITS, checkLimits, groupDigits, reportLimitExcess, type LimitName, type ReportLimitName } from './limits';
export { readMapBytes, fileSizeProblem, UNREADABLE_CODES, EMBEDDED_MAP_OPEN, EMBEDDED_MAP_CLOSE, type ReadMapResult, type MapSource } from './read';
