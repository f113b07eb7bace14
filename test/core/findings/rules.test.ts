import { describe, expect, it } from 'vitest';
import { checkMap, formatFinding, type Finding } from '../../../src/findings';
import type { MapDocument } from '../../../src/model';
import { buildMap, type MapSpec } from '../analysis/build-map';

/** A journey with a loyalty moment, so only the rule under test speaks. */
const LOYAL = { id: 'cloth', title: 'Glasses cloth', level: 'memorable' as const };

function findings(spec: MapSpec, rule: string): { map: MapDocument; found: Finding[] } {
  const map = buildMap(spec);
  return { map, found: checkMap(map).filter((f) => f.rule === rule) };
}

describe('below-baseline', () => {
  it('fires once per stage, listing its customer-facing steps at basic service', () => {
    const { map, found } = findings(
      {
        touchpoints: [
          LOYAL,
          { id: 'menu', title: 'Menu', stage: 's4', level: 'satisfactory' },
          { id: 'pay', title: 'Cash desk', stage: 's4', level: 'basic' },
          { id: 'receipt', title: 'Paper receipt', stage: 's4', lane: 'evidence', level: 'basic' },
        ],
      },
      'below-baseline',
    );
    expect(found).toEqual([{ rule: 'below-baseline', severity: 'warning', ids: ['s4', 'pay', 'receipt'], params: { stage: 'Pay', count: 2 } }]);
    expect(formatFinding(found[0]!, map, 'en')).toBe(
      'Basic service only, below the satisfactory baseline, in "Pay" at "Cash desk" and "Paper receipt": the transaction happens, and nothing more.',
    );
    expect(formatFinding(found[0]!, map, 'zh-CN')).toContain('“Pay”中的“Cash desk”和“Paper receipt”只提供基本的服务');
  });

  it('ignores basic tags on backstage and support steps: levels describe what the customer meets', () => {
    const spec = {
      touchpoints: [
        LOYAL,
        { id: 'desk', stage: 's2', level: 'satisfactory' as const },
        { id: 'rota', stage: 's2', lane: 'support', level: 'basic' as const },
        { id: 'system', stage: 's2', lane: 'back', level: 'basic' as const },
      ],
    };
    expect(findings(spec, 'below-baseline').found).toEqual([]);
    const messages = checkMap(buildMap(spec)).map((f) => formatFinding(f, buildMap(spec), 'en'));
    expect(messages.join('\n')).not.toContain('looked after');
  });

  it('stays quiet at satisfactory and above', () => {
    expect(findings({ touchpoints: [LOYAL, { id: 'a', level: 'satisfactory' }] }, 'below-baseline').found).toEqual([]);
  });
});

describe('all-basic-stage', () => {
  it('speaks once for a stage where every customer-facing step is basic, and below-baseline then stays quiet', () => {
    const spec = {
      touchpoints: [
        LOYAL,
        { id: 'queue', title: 'Queue', stage: 's3', lane: 'customer', level: 'basic' as const },
        { id: 'hand', title: 'Hand-over', stage: 's3', level: 'basic' as const },
        { id: 'stock', title: 'Stock check', stage: 's3', lane: 'back', level: 'satisfactory' as const },
      ],
    };
    const { map, found } = findings(spec, 'all-basic-stage');
    expect(found).toEqual([{ rule: 'all-basic-stage', severity: 'warning', ids: ['s3', 'queue', 'hand'], params: { stage: 'Wait', count: 2 } }]);
    expect(formatFinding(found[0]!, map, 'en')).toContain('Nothing the customer meets in "Wait" is above basic service ("Queue" and "Hand-over")');
    expect(formatFinding(found[0]!, map, 'zh-CN')).toContain('客户在“Wait”接触到的服务全都只是基本的服务');
    expect(findings(spec, 'below-baseline').found).toEqual([]);
  });

  it('leaves a lone basic step to below-baseline', () => {
    const spec = { touchpoints: [LOYAL, { id: 'a', stage: 's3', level: 'basic' as const }] };
    expect(findings(spec, 'all-basic-stage').found).toEqual([]);
    expect(findings(spec, 'below-baseline').found.map((f) => f.ids)).toEqual([['s3', 'a']]);
  });

  it('does not call a stage all-basic while one of its customer-facing steps is untagged or better', () => {
    expect(findings({ touchpoints: [LOYAL, { id: 'a', stage: 's3', level: 'basic' }, { id: 'b', stage: 's3' }] }, 'all-basic-stage').found).toEqual([]);
    expect(findings({ touchpoints: [LOYAL, { id: 'a', stage: 's3', level: 'basic' }, { id: 'b', stage: 's3', level: 'satisfactory' }] }, 'all-basic-stage').found).toEqual([]);
  });
});

describe('hundred-minus-one', () => {
  it('is an error per zeroed stage, naming the stage and its critical pain points', () => {
    const { map, found } = findings(
      {
        touchpoints: [
          LOYAL,
          { id: 'rice', stage: 's2', painPoints: [{ id: 'bug', title: 'Something in the rice', severity: 'critical' }, { id: 'hair', title: 'A hair', severity: 'critical' }] },
        ],
      },
      'hundred-minus-one',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', ids: ['s2', 'bug', 'hair'] });
    expect(formatFinding(found[0]!, map, 'en')).toBe(
      'Stage "Order" scores 0 because of the critical pain point "Something in the rice" and "A hair": 100 − 1 = 0 — one failure wipes out all the good work before it.',
    );
    expect(formatFinding(found[0]!, map, 'zh-CN')).toContain('“Something in the rice”和“A hair”');
  });

  it('stays quiet for high pain points', () => {
    expect(findings({ touchpoints: [{ id: 'a', painPoints: [{ id: 'p', title: 'Late', severity: 'high' }] }] }, 'hundred-minus-one').found).toEqual([]);
  });
});

describe('no-loyalty-moment', () => {
  it('fires once for a journey with nothing value-added or memorable, citing 90% satisfied / 40% rebuy', () => {
    const { map, found } = findings({ touchpoints: [{ id: 'a', level: 'satisfactory' }, { id: 'b', level: 'basic' }] }, 'no-loyalty-moment');
    expect(found).toEqual([{ rule: 'no-loyalty-moment', severity: 'warning', ids: [], params: { title: 'Car service visit' } }]);
    expect(formatFinding(found[0]!, map, 'en')).toContain('90%');
    expect(formatFinding(found[0]!, map, 'zh-CN')).toContain('满意不等于忠诚');
  });

  it('stays quiet with one value-added touchpoint, and on an empty map', () => {
    expect(findings({ touchpoints: [{ id: 'a', level: 'value-added' }] }, 'no-loyalty-moment').found).toEqual([]);
    expect(findings({ touchpoints: [] }, 'no-loyalty-moment').found).toEqual([]);
  });
});

describe('recovery-only', () => {
  const withRemedies = (tiers: ('prevent' | 'detect' | 'recover')[]) =>
    findings(
      {
        touchpoints: [
          LOYAL,
          { id: 'desk', title: 'Complaint desk', painPoints: [{ id: 'p', title: 'Complaint ignored', severity: 'high', remedies: tiers.map((tier) => ({ tier, text: `a ${tier} remedy` })) }] },
        ],
      },
      'recovery-only',
    );

  it('fires when every remedy of a pain point is after the fact, and says it is mending the fold after the sheep are lost', () => {
    const { map, found } = withRemedies(['recover', 'recover']);
    expect(found).toEqual([{ rule: 'recovery-only', severity: 'warning', ids: ['p', 'desk'], params: { painPoint: 'Complaint ignored', touchpoint: 'Complaint desk' } }]);
    expect(formatFinding(found[0]!, map, 'en')).toContain('mending the fold after the sheep are lost');
    expect(formatFinding(found[0]!, map, 'zh-CN')).toContain('亡羊补牢');
  });

  it('stays quiet with one prevent or detect remedy, or with no remedies at all', () => {
    expect(withRemedies(['recover', 'prevent']).found).toEqual([]);
    expect(withRemedies(['detect', 'recover']).found).toEqual([]);
    expect(withRemedies([]).found).toEqual([]);
  });
});

describe('hidden-cause', () => {
  const caused = (painLane: string, causeLane: string) =>
    findings(
      {
        touchpoints: [
          LOYAL,
          { id: 'pickup', title: 'Car handover', lane: painLane, stage: 's4', painPoints: [{ id: 'p', title: 'Car not ready', severity: 'high', causedBy: 'parts' }] },
          { id: 'parts', title: 'Parts ordering', lane: causeLane, stage: 's2' },
        ],
      },
      'hidden-cause',
    );

  it('fires for pain felt in the evidence, customer or frontstage lane and caused backstage or in support', () => {
    for (const painLane of ['evidence', 'customer', 'front']) {
      for (const causeLane of ['back', 'support']) expect(caused(painLane, causeLane).found).toHaveLength(1);
    }
    const { map, found } = caused('front', 'support');
    expect(found[0]).toMatchObject({ severity: 'warning', ids: ['parts', 'p', 'pickup'] });
    expect(formatFinding(found[0]!, map, 'en')).toBe(
      '"Parts ordering" (Support processes), below the line of visibility, causes "Car not ready", felt at "Car handover": the people who hear the complaint cannot fix it. Prevent it at "Parts ordering".',
    );
  });

  it('gives one finding per cause, naming every pain it produces and where each is felt', () => {
    const { map, found } = findings(
      {
        touchpoints: [
          LOYAL,
          { id: 'hotline', title: 'Hotline', stage: 's1', lane: 'customer', painPoints: [{ id: 'p1', title: 'Nobody answers', severity: 'critical', causedBy: 'rota' }] },
          { id: 'desk', title: 'Desk', stage: 's2', painPoints: [{ id: 'p2', title: 'Queue', severity: 'high', causedBy: 'rota' }, { id: 'p3', title: 'Rushed', severity: 'low', causedBy: 'rota' }] },
          { id: 'rota', title: 'Staff rota', stage: 's1', lane: 'support' },
          { id: 'parts', title: 'Parts', stage: 's3', lane: 'back' },
          { id: 'bay', title: 'Bay', stage: 's3', painPoints: [{ id: 'p4', title: 'No part', severity: 'high', causedBy: 'parts' }] },
        ],
      },
      'hidden-cause',
    );
    expect(found.map((f) => f.ids)).toEqual([
      ['rota', 'p1', 'p2', 'p3', 'hotline', 'desk'],
      ['parts', 'p4', 'bay'],
    ]);
    expect(formatFinding(found[0]!, map, 'en')).toContain('causes "Nobody answers", "Queue" and "Rushed", felt at "Hotline" and "Desk"');
    expect(formatFinding(found[0]!, map, 'zh-CN')).toContain('可视线以下的“Staff rota”（Support processes）造成了“Nobody answers”、“Queue”和“Rushed”');
  });

  it('stays quiet when the cause is visible, when the pain is felt below the line, or without a cause', () => {
    expect(caused('front', 'customer').found).toEqual([]);
    expect(caused('back', 'support').found).toEqual([]);
    expect(findings({ touchpoints: [{ id: 'a', painPoints: [{ id: 'p', title: 'x', severity: 'low' }] }] }, 'hidden-cause').found).toEqual([]);
  });
});

describe('untagged', () => {
  it('lists the customer-facing touchpoints without a level in one note', () => {
    const { map, found } = findings(
      {
        touchpoints: [
          LOYAL,
          { id: 'a', title: 'Menu', lane: 'evidence' },
          { id: 'b', title: 'Orders', lane: 'customer' },
          { id: 'note', title: 'Hungry', lane: 'thoughts' },
          { id: 'kitchen', title: 'Cooks', lane: 'back' },
        ],
      },
      'untagged',
    );
    expect(found).toEqual([{ rule: 'untagged', severity: 'info', ids: ['a', 'b'], params: { count: 2 } }]);
    expect(formatFinding(found[0]!, map, 'en')).toBe('2 customer-facing touchpoint(s) have no service level yet: "Menu" and "Orders".');
  });

  it('shows five titles and counts the rest', () => {
    const touchpoints = Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, title: `Step ${i}` }));
    const { map, found } = findings({ touchpoints: [LOYAL, ...touchpoints] }, 'untagged');
    expect(formatFinding(found[0]!, map, 'en')).toMatch(/"Step 4" and 2 more\.$/);
    expect(formatFinding(found[0]!, map, 'zh-CN')).toMatch(/“Step 4”等（另有 2 个）。$/);
  });

  it('stays quiet when every customer-facing touchpoint has a level', () => {
    expect(findings({ touchpoints: [LOYAL, { id: 'x', lane: 'support' }] }, 'untagged').found).toEqual([]);
  });
});

describe('unowned-wait', () => {
  it('fires for a wait point without a wait time, and not for one with it or for ordinary steps', () => {
    const { found } = findings(
      {
        touchpoints: [
          LOYAL,
          { id: 'queue', title: 'Queue', waitPoint: true },
          { id: 'measured', waitPoint: true, metrics: { waitMinutes: 12 } },
          { id: 'complaints-only', waitPoint: true, metrics: { complaints: 4 } },
          { id: 'plain', metrics: {} },
        ],
      },
      'unowned-wait',
    );
    expect(found.map((f) => f.ids)).toEqual([['queue'], ['complaints-only']]);
    expect(found[0]!.severity).toBe('warning');
  });
});

describe('fail-point-without-pain', () => {
  it('fires for a fail point that names no pain point', () => {
    const { found } = findings(
      { touchpoints: [LOYAL, { id: 'f', failPoint: true }, { id: 'g', failPoint: true, painPoints: [{ id: 'p', title: 'Breaks', severity: 'low' }] }] },
      'fail-point-without-pain',
    );
    expect(found.map((f) => f.ids)).toEqual([['f']]);
  });
});

describe('unexplained-emotion-drop', () => {
  it('fires when emotion falls by two or more into a stage without pain points', () => {
    const { map, found } = findings(
      {
        touchpoints: [
          LOYAL,
          { id: 'a', stage: 's1', lane: 'emotions', emotion: 2 },
          { id: 'b', stage: 's3', lane: 'emotions', emotion: 0 },
          { id: 'c', stage: 's4', lane: 'emotions', emotion: -2, painPoints: [{ id: 'p', title: 'Bill', severity: 'low' }] },
        ],
      },
      'unexplained-emotion-drop',
    );
    // s2 has no emotion and is skipped: the drop is measured from Arrive to Wait
    expect(found.map((f) => f.ids)).toEqual([['s3']]);
    expect(formatFinding(found[0]!, map, 'en')).toBe('Emotion falls from 2 in "Arrive" to 0 in "Wait", but no pain point in "Wait" explains why.');
  });

  it('stays quiet for a small dip', () => {
    const spec = { touchpoints: [LOYAL, { id: 'a', stage: 's1', emotion: 1 }, { id: 'b', stage: 's2', emotion: 0 }] };
    expect(findings(spec, 'unexplained-emotion-drop').found).toEqual([]);
  });
});
