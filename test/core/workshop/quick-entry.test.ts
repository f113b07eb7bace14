import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/commands';
import { LEVELS, SEVERITIES } from '../../../src/model';
import { levelForKey, parseQuickEntry, planQuickEntry, quickEntryLane, SEVERITY_KEYS } from '../../../src/workshop';
import { buildMap } from '../analysis/build-map';

const map = buildMap({ stages: ['Book', 'Arrive'], touchpoints: [{ id: 'desk', stage: 's1', lane: 'front' }] });

describe('quick entry: parsing', () => {
  it('reads a title as a new touchpoint', () => {
    expect(parseQuickEntry('  Hotline on hold  ')).toEqual({ kind: 'touchpoint', title: 'Hotline on hold' });
    expect(parseQuickEntry('拨打售后热线')).toEqual({ kind: 'touchpoint', title: '拨打售后热线' });
  });

  it('reads ! as a pain point, high unless a severity key follows', () => {
    expect(parseQuickEntry('!No call back')).toEqual({ kind: 'pain', title: 'No call back', severity: 'high' });
    expect(parseQuickEntry('! No call back')).toEqual({ kind: 'pain', title: 'No call back', severity: 'high' });
    expect(parseQuickEntry('!c No call back')).toEqual({ kind: 'pain', title: 'No call back', severity: 'critical' });
    expect(parseQuickEntry('!M slow')).toEqual({ kind: 'pain', title: 'slow', severity: 'medium' });
    expect(parseQuickEntry('!l')).toEqual({ kind: 'pain-untitled', severity: 'low' });
    expect(parseQuickEntry('!')).toEqual({ kind: 'pain-untitled', severity: 'high' });
    // A word that merely starts with a severity letter is the title.
    expect(parseQuickEntry('!Cash desk slow')).toEqual({ kind: 'pain', title: 'Cash desk slow', severity: 'high' });
  });

  it('accepts the full-width forms a Chinese input method types', () => {
    expect(parseQuickEntry('！ｃ 热线无人接听')).toEqual({ kind: 'pain', title: '热线无人接听', severity: 'critical' });
    expect(parseQuickEntry('！结算多收费')).toEqual({ kind: 'pain', title: '结算多收费', severity: 'high' });
    expect(parseQuickEntry('３')).toEqual({ kind: 'level', level: 'value-added' });
  });

  it('reads 1–4 alone as a level, basic to memorable', () => {
    expect(['1', '2', '3', '4'].map((k) => parseQuickEntry(k))).toEqual(LEVELS.map((level) => ({ kind: 'level', level })));
    expect(levelForKey('5')).toBeNull();
    expect(parseQuickEntry('12')).toEqual({ kind: 'touchpoint', title: '12' });
    expect(parseQuickEntry('   ')).toEqual({ kind: 'empty' });
  });

  it('never throws, and keeps every visible character of a title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const entry = parseQuickEntry(text);
        if (entry.kind === 'touchpoint' || entry.kind === 'pain') {
          expect(entry.title).toBe(entry.title.trim());
          expect(entry.title.length).toBeGreaterThan(0);
          expect(text).toContain(entry.title);
        }
        if (text.trim() === '') expect(entry.kind).toBe('empty');
      }),
    );
  });

  it('round-trips: a pain written with any severity key comes back with that severity and title', () => {
    const title = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((s) => s.trim() !== '' && !/^\s/.test(s))
      .map((s) => s.trim());
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(SEVERITY_KEYS)), title, (key, t) => {
        expect(parseQuickEntry(`!${key} ${t}`)).toEqual({ kind: 'pain', title: t, severity: SEVERITY_KEYS[key] });
      }),
    );
    expect(new Set(Object.values(SEVERITY_KEYS))).toEqual(new Set(SEVERITIES));
  });
});

describe('quick entry: what it does', () => {
  const ctx = { map, stageId: 's2', selectedTouchpointId: 'desk' };

  it('adds a touchpoint to the current stage in the customer lane', () => {
    const plan = planQuickEntry(parseQuickEntry('Parks the car'), ctx);
    expect(plan).toEqual({ ok: true, command: 'addTouchpoint', args: { stage: 's2', lane: 'customer', title: 'Parks the car' } });
    const result = plan.ok && plan.command === 'addTouchpoint' ? runCommand(map, 'addTouchpoint', plan.args) : null;
    expect(result?.map.touchpoints.at(-1)).toMatchObject({ stage: 's2', lane: 'customer', title: 'Parks the car' });
  });

  it('falls back to the first visible lane when there is no customer lane, or it is hidden', () => {
    expect(quickEntryLane({ ...map, view: { hiddenLanes: ['customer'] } })).toBe('evidence');
    expect(quickEntryLane({ ...map, lanes: map.lanes.filter((l) => l.kind !== 'customer') })).toBe('evidence');
    expect(quickEntryLane({ ...map, view: { hiddenLanes: ['evidence', 'customer'] } })).toBe('front');
  });

  it('puts a pain point and a level on the selected touchpoint', () => {
    expect(planQuickEntry(parseQuickEntry('!c Nobody answers'), ctx)).toEqual({
      ok: true,
      command: 'addPainPoint',
      args: { touchpointId: 'desk', title: 'Nobody answers', severity: 'critical' },
    });
    expect(planQuickEntry(parseQuickEntry('4'), ctx)).toEqual({ ok: true, command: 'updateTouchpoint', args: { id: 'desk', patch: { level: 'memorable' } } });
  });

  it('says why it cannot act', () => {
    expect(planQuickEntry(parseQuickEntry('Title'), { ...ctx, stageId: null })).toEqual({ ok: false, reason: 'no-stage' });
    expect(planQuickEntry(parseQuickEntry('!x'), { ...ctx, selectedTouchpointId: null })).toEqual({ ok: false, reason: 'no-selection' });
    expect(planQuickEntry(parseQuickEntry('2'), { ...ctx, selectedTouchpointId: 'gone' })).toEqual({ ok: false, reason: 'no-selection' });
    expect(planQuickEntry(parseQuickEntry('!h'), ctx)).toEqual({ ok: false, reason: 'pain-needs-title' });
    expect(planQuickEntry(parseQuickEntry(''), ctx)).toEqual({ ok: false, reason: 'empty' });
  });
});
