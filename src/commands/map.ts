/** Document-level edits: title, language, description, personas, and the lanes hidden from view. */
import { LOCALES, personaSchema, type Locale, type Persona } from '../model';
import { assignFields, base, indexById, isName } from './draft';
import { hiddenLanes, setHiddenLanes } from './view';
import { defineCommand } from './types';

export type PersonaPatch = Partial<Omit<Persona, 'id'>>;

export interface MapArgs {
  setMapTitle: { title: string };
  setMapLocale: { locale: Locale };
  setMapDescription: { description: string };
  addPersona: { name: string; type?: Persona['type']; goals?: string; id?: string };
  updatePersona: { id: string; patch: PersonaPatch };
  deletePersona: { id: string };
  /** Stored in `map.view.hiddenLanes`; hiding every lane is refused so the canvas never goes blank. */
  setLaneHidden: { laneId: string; hidden: boolean };
}

export const mapCommands = {
  setMapTitle: defineCommand<MapArgs['setMapTitle']>((draft, { title }) => {
    if (!isName(title)) return false;
    assignFields(draft, { title });
    return true;
  }),

  setMapLocale: defineCommand<MapArgs['setMapLocale']>((draft, { locale }) => {
    if (!(LOCALES as readonly unknown[]).includes(locale)) return false;
    assignFields(draft, { locale });
    return true;
  }),

  setMapDescription: defineCommand<MapArgs['setMapDescription']>((draft, { description }) => {
    if (typeof description !== 'string' || description.length > 100_000) return false;
    assignFields(draft, { description: description === '' ? undefined : description });
    return true;
  }),

  addPersona: defineCommand<MapArgs['addPersona']>((draft, args, ctx) => {
    const id = ctx.claimId('u', args.id);
    if (id === null) return false;
    const persona: Persona = { id, name: args.name };
    if (args.type !== undefined) persona.type = args.type;
    if (args.goals !== undefined && args.goals !== '') persona.goals = args.goals;
    if (!personaSchema.safeParse(persona).success) return false;
    (draft.personas ??= []).push(persona);
    ctx.created(id);
    return true;
  }),

  updatePersona: defineCommand<MapArgs['updatePersona']>((draft, { id, patch }) => {
    const i = indexById(base(draft.personas) ?? [], id);
    if (i < 0 || Object.prototype.hasOwnProperty.call(patch, 'id')) return false;
    const next: Record<string, unknown> = { ...base(draft.personas)![i]! };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    if (!personaSchema.safeParse(next).success) return false;
    assignFields(draft.personas![i]!, patch);
    return true;
  }),

  deletePersona: defineCommand<MapArgs['deletePersona']>((draft, { id }) => {
    const personas = base(draft.personas) ?? [];
    if (indexById(personas, id) < 0) return false;
    if (personas.length === 1) delete draft.personas;
    else draft.personas = personas.filter((p) => p.id !== id);
    return true;
  }),

  setLaneHidden: defineCommand<MapArgs['setLaneHidden']>((draft, { laneId, hidden }) => {
    const lanes = base(draft.lanes);
    if (indexById(lanes, laneId) < 0 || typeof hidden !== 'boolean') return false;
    const current = hiddenLanes(draft);
    const next = hidden ? [...current, laneId] : current.filter((id) => id !== laneId);
    const wanted = new Set(next);
    if (wanted.size >= lanes.length) return false;
    setHiddenLanes(
      draft,
      lanes.filter((l) => wanted.has(l.id)).map((l) => l.id),
    );
    return true;
  }),
};
