/**
 * The map document, format v1: the single source of truth for the model's types.
 * Objects are strict so a typo such as "levle" is reported instead of silently dropped;
 * UI state lives under the free-form `view` object.
 */
import { z } from 'zod';
import {
  CATEGORIES,
  CHANNELS,
  CURRENT_VERSION,
  EMOTION_MAX,
  EMOTION_MIN,
  EVIDENCE,
  FAILURES,
  FORMAT_ID,
  LANE_KINDS,
  LEVELS,
  LINK_KINDS,
  LOCALES,
  PERSONA_TYPES,
  SEVERITIES,
  TEMPLATES,
  TIERS,
} from './vocab';
import { LIMITS } from './limits';

const id = z.string().min(1).max(200);
/** The longest title or name a map may hold (touchpoints, stages, lanes, pain points, remedies). */
export const MAX_NAME_LENGTH = 2000;
/** A name shown to people: must have visible content. */
const name = z.string().max(MAX_NAME_LENGTH).refine((s) => s.trim().length > 0, { params: { code: 'blank' } });
const text = z.string().max(LIMITS.stringChars);

export const remedySchema = z.strictObject({
  tier: z.enum(TIERS),
  text: name,
});

export const painPointSchema = z.strictObject({
  id,
  title: name,
  severity: z.enum(SEVERITIES),
  category: z.enum(CATEGORIES).optional(),
  /** How it fails the customer; when absent the suggestions infer it from the category, markers, metrics and wording. */
  failure: z.enum(FAILURES).optional(),
  causedBy: id.optional(),
  note: text.optional(),
  remedies: z.array(remedySchema).max(LIMITS.remediesPerPainPoint).optional(),
  /** Dot votes from a workshop: how many dots the room put on this pain point. */
  votes: z.number().int().min(0).max(100_000).optional(),
});

export const metricsSchema = z.strictObject({
  waitMinutes: z.number().min(0).max(1_000_000).optional(),
  durationMinutes: z.number().min(0).max(1_000_000).optional(),
  csat: z.number().min(0).max(100).optional(),
  nps: z.number().min(-100).max(100).optional(),
  /** Complaints actually received over the period the team looked at (complaint iceberg, DOMAIN.md §5). */
  complaints: z.number().int().min(0).max(1_000_000_000).optional(),
});

export const touchpointSchema = z.strictObject({
  id,
  stage: id,
  lane: id,
  title: name,
  description: text.optional(),
  channel: z.enum(CHANNELS).optional(),
  level: z.enum(LEVELS).optional(),
  emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).optional(),
  failPoint: z.boolean().optional(),
  waitPoint: z.boolean().optional(),
  evidence: z.enum(EVIDENCE).optional(),
  metrics: metricsSchema.optional(),
  painPoints: z.array(painPointSchema).max(LIMITS.painPointsPerTouchpoint).optional(),
});

export const stageSchema = z.strictObject({
  id,
  name,
  description: text.optional(),
});

export const laneSchema = z.strictObject({
  id,
  name,
  kind: z.enum(LANE_KINDS).optional(),
});

export const linkSchema = z.strictObject({
  id,
  from: id,
  to: id,
  kind: z.enum(LINK_KINDS).optional(),
  label: text.optional(),
});

export const personaSchema = z.strictObject({
  id,
  name,
  type: z.enum(PERSONA_TYPES).optional(),
  goals: text.optional(),
});

/** Wait thresholds in minutes, per channel; a channel left out keeps the default (src/analysis/metrics.ts). */
export const waitThresholdsSchema = z.strictObject(
  Object.fromEntries(CHANNELS.map((c) => [c, z.number().min(0).max(1_000_000).optional()])) as Record<
    (typeof CHANNELS)[number],
    z.ZodOptional<z.ZodNumber>
  >,
);

/** CSAT scales teams use: 1–5, 1–10, 0–100. */
export const CSAT_SCALES = [5, 10, 100] as const;

/** Analysis settings a team sets for its own service: absent means the defaults. */
export const settingsSchema = z.strictObject({
  waitThresholds: waitThresholdsSchema.optional(),
  /** The CSAT scale of `metrics.csat`; absent: inferred from the values recorded. */
  csatScale: z.literal(CSAT_SCALES).optional(),
});

/** UI state: positions, colours, hidden lanes. Free-form so the canvas can evolve without a format bump. */
export const viewSchema = z.record(z.string(), z.unknown());

export const mapSchema = z.strictObject({
  format: z.literal(FORMAT_ID),
  version: z.literal(CURRENT_VERSION),
  title: name,
  locale: z.enum(LOCALES).optional(),
  template: z.enum(TEMPLATES).optional(),
  description: text.optional(),
  stages: z.array(stageSchema).max(LIMITS.stages),
  lanes: z.array(laneSchema).max(LIMITS.lanes),
  touchpoints: z.array(touchpointSchema).max(LIMITS.touchpoints),
  links: z.array(linkSchema).max(LIMITS.links).optional(),
  personas: z.array(personaSchema).max(LIMITS.personas).optional(),
  settings: settingsSchema.optional(),
  view: viewSchema.optional(),
});

export type MapDocument = z.infer<typeof mapSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type PainPoint = z.infer<typeof painPointSchema>;
export type Remedy = z.infer<typeof remedySchema>;
export type Metrics = z.infer<typeof metricsSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type CsatScale = (typeof CSAT_SCALES)[number];
