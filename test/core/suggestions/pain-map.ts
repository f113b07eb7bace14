/** A one-pain map for the matcher's tests: a lane of every kind (lane id = kind), the pain felt in one, caused in another. */
import { LANE_KINDS, type Category, type Channel, type Failure, type LaneKind, type MapDocument, type Metrics, type PersonaType, type Severity } from '../../../src/model';
import { buildMap } from '../analysis/build-map';

export interface PainSpec {
  category?: Category;
  severity?: Severity;
  failure?: Failure;
  painLane: LaneKind;
  channel?: Channel;
  title?: string;
  painTitle?: string;
  note?: string;
  causeLane?: LaneKind;
  causeChannel?: Channel;
  causeTitle?: string;
  causeDescription?: string;
  painStage?: number;
  causeStage?: number;
  metrics?: Metrics;
  failPoint?: boolean;
  waitPoint?: boolean;
  personas?: PersonaType[];
}

export function painMap(o: PainSpec): MapDocument {
  const value = buildMap({ stages: ['Book', 'Arrive', 'Service', 'Collect'], touchpoints: [] });
  return {
    ...value,
    lanes: LANE_KINDS.map((kind) => ({ id: kind, name: kind, kind })),
    ...(o.personas ? { personas: o.personas.map((type, i) => ({ id: `u${i}`, name: `Persona ${i}`, type })) } : {}),
    touchpoints: [
      {
        id: 'felt',
        stage: `s${o.painStage ?? 4}`,
        lane: o.painLane,
        title: o.title ?? 'Car handover',
        ...(o.channel ? { channel: o.channel } : {}),
        ...(o.metrics ? { metrics: o.metrics } : {}),
        ...(o.failPoint ? { failPoint: true } : {}),
        ...(o.waitPoint ? { waitPoint: true } : {}),
        painPoints: [
          {
            id: 'pain',
            title: o.painTitle ?? 'Car not ready',
            severity: o.severity ?? 'medium',
            ...(o.category ? { category: o.category } : {}),
            ...(o.failure ? { failure: o.failure } : {}),
            ...(o.note ? { note: o.note } : {}),
            ...(o.causeLane ? { causedBy: 'cause' } : {}),
          },
        ],
      },
      ...(o.causeLane
        ? [{ id: 'cause', stage: `s${o.causeStage ?? o.painStage ?? 4}`, lane: o.causeLane, title: o.causeTitle ?? 'Parts ordering', ...(o.causeDescription ? { description: o.causeDescription } : {}), ...(o.causeChannel ? { channel: o.causeChannel } : {}) }]
        : []),
    ],
  };
}
