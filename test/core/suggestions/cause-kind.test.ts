import { describe, expect, it } from 'vitest';
import { causeKindOf, suggestionsFor, type CauseKind } from '../../../src/suggestions';
import { painMap, type PainSpec } from './pain-map';

const kind = (title: string, description?: string) => causeKindOf({ title, ...(description ? { description } : {}) });

describe('the kind of the cause step, from its own words (round 8)', () => {
  it('reads each kind in English and in Chinese', () => {
    const cases: [CauseKind, string, string][] = [
      ['target', 'Sales targets and commission tracked in the CRM', '网电部按到店率考核客服'],
      ['rota', 'Night-shift rota for the front desk', '热线坐席排班'],
      ['rule', 'Freeze and cancellation policy (head office)', '保价与赔付规则'],
      ['supplier', 'Child seats kept by a subcontractor', '外包义齿加工厂制作牙冠'],
      ['script', 'Follow-up call script', '回访话术'],
      ['handoff', 'Repair tickets passed to the field team', '报修工单分派'],
      ['system', 'Warranty status lookup system', '保修状态查询系统'],
    ];
    for (const [k, en, zh] of cases) {
      expect(kind(en), en).toBe(k);
      expect(kind(zh), zh).toBe(k);
    }
  });

  it('reads the description when the name says nothing, and lets a target outrank the system that tracks it', () => {
    expect(kind('Counter add-ons', 'Agents earn a commission on every upgrade sold.')).toBe('target');
    expect(kind('Sales targets tracked in the booking system')).toBe('target');
    expect(kind('快递员排班与计件考核')).toBe('target');
  });

  it('reads a third party as a supplier and a rules or review engine as a system (round 9), but not third-party cover nor a car engine', () => {
    expect(kind('Site cameras run by a third-party operator')).toBe('supplier');
    expect(kind('工地摄像头由第三方运营')).toBe('supplier');
    expect(kind('Quarterly payment review engine')).toBe('system');
    expect(kind('Pricing engine sets the monthly fee')).toBe('system');
    for (const title of ['Third-party liability cover sold at the desk', '第三方责任险', 'Engine oil change', 'Search engine advert']) {
      expect(kind(title), title).toBeUndefined();
    }
  });

  it('does not read near misses: a target customer, a technical spec, a gear shift, scheduled maintenance, an insurance policy, a ticket office, a plan', () => {
    for (const title of [
      'Parts ordering',
      'Target customers for the spring campaign',
      'Shift lever repair',
      'Scheduled maintenance of the lifts',
      'Broker sells its own excess-reimbursement policy',
      'Ticket office opening hours',
      'Labelling of parcels',
      '端口技术指标配置',
      '施工收费标准',
      '客户地址登记',
    ]) {
      expect(kind(title), title).toBeUndefined();
    }
  });
});

/** A pain that names no subject of its own, felt at the frontstage, caused below the line. */
const plain = (o: Partial<PainSpec>): PainSpec => ({
  category: 'other',
  painLane: 'frontstage',
  channel: 'phone',
  title: 'Service desk',
  painTitle: 'Customer left without an answer',
  causeLane: 'backstage',
  ...o,
});
const firstPrevent = (spec: PainSpec, locale: 'en' | 'zh-CN') => suggestionsFor(painMap(spec), 'pain', locale).find((s) => s.tier === 'prevent')!;

describe('the cause kind in place of a general cause entry (round 8)', () => {
  it('leads with the reading of the cause where the first prevention would be a general one, naming the cause step and the touchpoint, in both languages', () => {
    for (const [causeTitle, id] of [
      ['Sales targets for the counter', 'prevent.any.cause-target'],
      ['Front desk rota', 'prevent.any.cause-rota'],
      ['Refund policy', 'prevent.any.cause-rule'],
      ['Cleaning by a subcontractor', 'prevent.any.cause-supplier'],
      ['Call script', 'prevent.any.cause-script'],
      ['Case hand-off to the back office', 'prevent.any.cause-handoff'],
      ['Booking system', 'prevent.any.cause-system'],
    ] as const) {
      const en = firstPrevent(plain({ causeTitle }), 'en');
      expect(en.id, causeTitle).toBe(id);
      expect(en.targetId).toBe('cause');
      expect(`${en.title} ${en.text}`).toContain(`the step “${causeTitle}”`);
      expect(en.text).toContain('the step “Service desk”');
      const zh = firstPrevent(plain({ causeTitle }), 'zh-CN');
      expect(zh.id, causeTitle).toBe(id);
      expect(zh.text).toContain(`“${causeTitle}”这一环节`);
      expect(zh.text).toContain('“Service desk”这一环节');
    }
  });

  it('reads Chinese cause steps the same way', () => {
    expect(firstPrevent(plain({ causeTitle: '报修工单分派', painTitle: '报修之后一直没人来' }), 'zh-CN').id).toBe('prevent.any.cause-handoff');
    expect(firstPrevent(plain({ causeTitle: '客服提成方案', painTitle: '客服态度敷衍' }), 'zh-CN').id).toBe('prevent.any.cause-target');
  });

  it('keeps the general entry where the cause step names no kind (near miss)', () => {
    expect(firstPrevent(plain({ causeTitle: 'Parts ordering' }), 'en').id).toBe('prevent.any.internal-customer');
    expect(firstPrevent(plain({ causeTitle: '施工收费标准' }), 'zh-CN').id).toBe('prevent.any.internal-customer');
  });

  it('never displaces advice for a subject the pain names, nor for its kind of trouble', () => {
    // The pain names a price change: the change advice leads, whatever the cause's kind.
    const topic = firstPrevent(plain({ causeTitle: 'Pricing rules', painTitle: 'The price went up without warning' }), 'en');
    expect(topic.id).toBe('prevent.any.explain-change-before');
    expect(topic.id).not.toBe('prevent.any.cause-rule');
    expect(suggestionsFor(painMap(plain({ causeTitle: 'Pricing rules', painTitle: 'The price went up without warning' })), 'pain', 'en').map((s) => s.id)).not.toContain('prevent.any.cause-rule');
    // Waiting caused by a rota already has its own advice at the cause; the rota reading does not replace it.
    const waiting = firstPrevent(plain({ category: 'waiting', causeTitle: 'Front desk rota', causeLane: 'support', painTitle: 'Long queue' }), 'en');
    expect(waiting.id).toMatch(/^prevent\.waiting\./);
  });

  it('leaves a process pain caused by a system to the redesign of its set-up, but reads a rota there', () => {
    expect(firstPrevent(plain({ category: 'process', causeTitle: 'Claims system' }), 'en').id).toBe('prevent.process.redesign-cause');
    expect(firstPrevent(plain({ category: 'process', causeTitle: 'Claims team rota' }), 'en').id).toBe('prevent.any.cause-rota');
  });
});
