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

const id = z.string().min(1).max(200);
/** The longest name (title of a map, stage, lane, card…) a document may hold. */
export const NAME_MAX_LENGTH = 2000;
/** A name shown to people: must have visible content. */
const name = z.string().max(NAME_MAX_LENGTH).refine((s) => s.trim().length > 0, { params: { code: 'blank' } });
const text = z.string().max(100_000);

export const remedySchema = z.strictObject({
  tier: z.enum(TIERS),
  text: name,
});

export const painPointSchema = z.strictObject({
  id,
  title: name,
  severity: z.enum(SEVERITIES),
  category: z.enum(CATEGORIES).optional(),
  causedBy: id.optional(),
  note: text.optional(),
  remedies: z.array(remedySchema).optional(),
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
  painPoints: z.array(painPointSchema).optional(),
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

/** UI state: positions, colours, hidden lanes. Free-form so the canvas can evolve without a format bump. */
export const viewSchema = z.record(z.string(), z.unknown());

export const mapSchema = z.strictObject({
  format: z.literal(FORMAT_ID),
  version: z.literal(CURRENT_VERSION),
  title: name,
  locale: z.enum(LOCALES).optional(),
  template: z.enum(TEMPLATES).optional(),
  description: text.optional(),
  stages: z.array(stageSchema).max(10_000),
  lanes: z.array(laneSchema).max(10_000),
  touchpoints: z.array(touchpointSchema).max(100_000),
  links: z.array(linkSchema).max(200_000).optional(),
  personas: z.array(personaSchema).max(1_000).optional(),
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
