/**
 * The numbers teams record on touchpoints (waits, CSAT, NPS), read against thresholds: the evidence a
 * finding or a report quotes. Thresholds and the CSAT scale come from the map's `settings` when the team
 * set them, else from the defaults below (justified in docs/analysis.md).
 */
import { CSAT_SCALES, type Channel, type CsatScale, type MapDocument, type Touchpoint } from '../model';
import type { MapIndex } from './map-index';

/**
 * How long a customer can wait on each channel before the wait itself becomes the experience, in minutes.
 * Remote live channels are short because the customer is held on the line doing nothing; web and app
 * count the time until the service answers (a confirmation, a status); written channels the reply time.
 */
export const DEFAULT_WAIT_THRESHOLDS: Readonly<Record<Channel, number>> = {
  phone: 3,
  chat: 2,
  'in-person': 10,
  'self-service': 5,
  web: 5,
  app: 5,
  social: 60,
  email: 24 * 60,
  mail: 5 * 24 * 60,
  other: 15,
};
/** A touchpoint with no channel is treated as met in person: most unlabelled steps in maps are. */
export const DEFAULT_CHANNEL: Channel = 'in-person';

/** NPS below 0: more detractors than promoters. Below 30: positive, but short of what builds loyalty. */
export const NPS_NEGATIVE = 0;
export const NPS_LOW = 30;
/**
 * CSAT below 80% of its scale (4 of 5, 8 of 10, 80 of 100): on the usual five-point scale 4 is
 * "satisfied", so a lower mean says the average customer did not get there.
 */
export const CSAT_LOW_SHARE = 0.8;

/** The CSAT below which the average customer is not satisfied, on the map's scale. */
export const csatLimit = (scale: CsatScale): number => CSAT_LOW_SHARE * scale;

export function waitThreshold(map: MapDocument, channel: Channel | undefined): number {
  const c = channel ?? DEFAULT_CHANNEL;
  return map.settings?.waitThresholds?.[c] ?? DEFAULT_WAIT_THRESHOLDS[c];
}

/** The CSAT scale set in the map, else inferred from its values: max ≤ 5 → 5, ≤ 10 → 10, else 100. */
export function csatScale(map: MapDocument): CsatScale {
  if (map.settings?.csatScale !== undefined) return map.settings.csatScale;
  let max = 0;
  for (const tp of map.touchpoints) max = Math.max(max, tp.metrics?.csat ?? 0);
  return CSAT_SCALES.find((scale) => max <= scale) ?? 100;
}

export interface WaitReading {
  touchpointId: string;
  stageId: string;
  channel: Channel;
  minutes: number;
  threshold: number;
  /** minutes ÷ threshold: how many times too long (a threshold of 0 makes any wait infinitely long). */
  ratio: number;
}

export interface ScoreReading {
  touchpointId: string;
  stageId: string;
  value: number;
}

export interface MetricsSummary {
  /** Every recorded wait, longest relative to its threshold first (then document order). */
  waits: WaitReading[];
  /** Recorded NPS, lowest first. */
  nps: ScoreReading[];
  /** Recorded CSAT, lowest first, on `csatScale`. */
  csat: ScoreReading[];
  csatScale: CsatScale;
}

const ratioOf = (minutes: number, threshold: number): number => (threshold > 0 ? minutes / threshold : minutes > 0 ? Infinity : 0);

export function waitReading(map: MapDocument, tp: Touchpoint): WaitReading | null {
  const minutes = tp.metrics?.waitMinutes;
  if (minutes === undefined) return null;
  const threshold = waitThreshold(map, tp.channel);
  return { touchpointId: tp.id, stageId: tp.stage, channel: tp.channel ?? DEFAULT_CHANNEL, minutes, threshold, ratio: ratioOf(minutes, threshold) };
}

export function metricsSummary(index: MapIndex): MetricsSummary {
  const { map } = index;
  const waits: WaitReading[] = [];
  const nps: ScoreReading[] = [];
  const csat: ScoreReading[] = [];
  for (const tp of map.touchpoints) {
    const wait = waitReading(map, tp);
    if (wait) waits.push(wait);
    if (tp.metrics?.nps !== undefined) nps.push({ touchpointId: tp.id, stageId: tp.stage, value: tp.metrics.nps });
    if (tp.metrics?.csat !== undefined) csat.push({ touchpointId: tp.id, stageId: tp.stage, value: tp.metrics.csat });
  }
  // Array.prototype.sort is stable, so equal values stay in document order.
  waits.sort((a, b) => b.ratio - a.ratio);
  nps.sort((a, b) => a.value - b.value);
  csat.sort((a, b) => a.value - b.value);
  return { waits, nps, csat, csatScale: csatScale(map) };
}
