/** Service-level distribution (the four levels of docs/analysis.md): counts and shares, untagged kept apart from the four levels. */
import { LEVELS, type Level, type Touchpoint } from '../model';
import { isRated, servesCustomer, type MapIndex } from './map-index';

export type LevelKey = Level | 'untagged';
export type LevelCounts = Record<LevelKey, number>;

export const LEVEL_KEYS: readonly LevelKey[] = [...LEVELS, 'untagged'];

export function emptyCounts(): LevelCounts {
  return { basic: 0, satisfactory: 0, 'value-added': 0, memorable: 0, untagged: 0 };
}

/** Counts the touchpoints that are rated (see isRated): untagged customer-facing steps count as 'untagged'. */
export function countLevels(index: MapIndex, touchpoints: readonly Touchpoint[]): LevelCounts {
  const counts = emptyCounts();
  for (const tp of touchpoints) {
    if (!isRated(index, tp)) continue;
    counts[tp.level ?? 'untagged'] += 1;
  }
  return counts;
}

/** Shares of the total, summing to 1; all 0 when nothing is counted. */
export function levelShares(counts: LevelCounts): Record<LevelKey, number> {
  const total = LEVEL_KEYS.reduce((sum, k) => sum + counts[k], 0);
  const shares = emptyCounts();
  if (total === 0) return shares;
  for (const k of LEVEL_KEYS) shares[k] = counts[k] / total;
  return shares;
}

/**
 * Customer-facing touchpoints tagged 'basic': below the seed's baseline of satisfactory service. A basic
 * tag on a backstage or support step is not a service gap the customer meets, so it is left out.
 */
export function belowBaseline(index: MapIndex, touchpoints: readonly Touchpoint[]): string[] {
  return touchpoints.filter((tp) => tp.level === 'basic' && servesCustomer(index, tp)).map((tp) => tp.id);
}

export function hasLoyaltyMoment(touchpoints: readonly Touchpoint[]): boolean {
  return touchpoints.some((tp) => tp.level === 'value-added' || tp.level === 'memorable');
}
