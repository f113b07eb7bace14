import { describe, expect, it } from 'vitest';
import { indexMap } from '../../../src/analysis/map-index';
import { CHANNELS } from '../../../src/model';
import { actorOf, channelModeOf, situationOf } from '../../../src/suggestions';
import { isByPerson } from '../../../src/suggestions/situation';
import { painMap, type PainSpec } from './pain-map';

const situation = (spec: PainSpec) => {
  const index = indexMap(painMap(spec));
  return situationOf(index, index.painById.get('pain')!);
};

describe('the situation of a pain point', () => {
  it('reads who acts at a step from its lane and channel', () => {
    expect(actorOf('customer', 'phone')).toBe('customer');
    expect(actorOf('customer', 'in-person')).toBe('customer');
    expect(actorOf('evidence', undefined)).toBe('customer');
    expect(actorOf('customer', 'web')).toBe('self-service');
    expect(actorOf('evidence', 'email')).toBe('self-service');
    expect(actorOf('evidence', 'mail')).toBe('customer');
    expect(actorOf('frontstage', 'in-person')).toBe('staff');
    expect(actorOf('frontstage', 'phone')).toBe('staff');
    expect(actorOf('frontstage', 'chat')).toBe('staff');
    expect(actorOf('frontstage', undefined)).toBe('staff');
    expect(actorOf('frontstage', 'app')).toBe('self-service');
    expect(actorOf('frontstage', 'self-service')).toBe('self-service');
    expect(actorOf('backstage', 'in-person')).toBe('backstage');
    expect(actorOf('support', 'web')).toBe('support');
  });

  it('never reads a lane of notes, a custom lane or a lane without a kind as staffed', () => {
    for (const kind of ['thoughts', 'emotions', 'opportunities', 'custom', undefined] as const) {
      for (const channel of [undefined, ...CHANNELS]) expect(actorOf(kind, channel)).not.toBe('staff');
    }
    expect(actorOf('custom', 'web')).toBe('self-service');
    expect(actorOf(undefined, 'in-person')).toBe('customer');
  });

  it('tells remote channels from in-person ones and from post or courier; a kiosk is on site', () => {
    for (const c of ['phone', 'web', 'app', 'email', 'chat', 'social'] as const) expect(channelModeOf(c)).toBe('remote');
    expect(channelModeOf('mail')).toBe('delivered');
    expect(channelModeOf('in-person')).toBe('in-person');
    expect(channelModeOf('self-service')).toBe('in-person');
    expect(channelModeOf('other')).toBe('unknown');
    expect(channelModeOf(undefined)).toBe('unknown');
  });

  it('reads a frontstage answered by a machine as self-service, from the step or the pain felt there', () => {
    expect(actorOf('frontstage', 'chat', true)).toBe('self-service');
    expect(situation({ painLane: 'frontstage', channel: 'chat', title: 'Online support', painTitle: '机器人客服只会让重启光猫' }).actor).toBe('self-service');
    expect(situation({ painLane: 'frontstage', channel: 'chat', title: 'Chatbot answers the complaint' }).actor).toBe('self-service');
    expect(situation({ painLane: 'frontstage', channel: 'chat', title: 'Online support', painTitle: 'Agent is rude' }).actor).toBe('staff');
  });

  it('knows a home visit or an installation at the customer’s place from a counter', () => {
    expect(situation({ painLane: 'frontstage', channel: 'in-person', title: '装维师傅上门安装' }).atCustomerSite).toBe(true);
    expect(situation({ painLane: 'frontstage', channel: 'in-person', title: 'Technician visit to install the boiler' }).atCustomerSite).toBe(true);
    expect(situation({ painLane: 'frontstage', channel: 'in-person', title: 'Check-in at the front desk' }).atCustomerSite).toBe(false);
  });

  it('knows a step where the customer can only wait for our next move, by its name or by the pain felt there', () => {
    expect(situation({ painLane: 'customer', channel: 'app', title: '等待预约短信' }).awaiting).toBe(true);
    expect(situation({ painLane: 'customer', channel: 'app', title: 'Waiting for the claim decision' }).awaiting).toBe(true);
    expect(situation({ painLane: 'customer', channel: 'app', title: 'Book the installation', painTitle: '下单两天没人联系预约时间' }).awaiting).toBe(true);
    expect(situation({ painLane: 'customer', channel: 'phone', title: 'Order by phone', painTitle: 'Nobody called back after the order' }).awaiting).toBe(true);
    expect(situation({ painLane: 'customer', channel: 'phone', title: 'Calls the hotline to order', painTitle: 'Five menus before a person' }).awaiting).toBe(false);
    expect(situation({ painLane: 'customer', channel: 'web', title: 'Fills in the claim form', painTitle: 'Wait for the page to load' }).awaiting).toBe(false);
  });

  it('places the cause: none, in the same lane, elsewhere above the line, or hidden below it', () => {
    expect(situation({ painLane: 'frontstage' }).causePosition).toBe('none');
    expect(situation({ painLane: 'frontstage', causeLane: 'frontstage' }).causePosition).toBe('same-lane');
    expect(situation({ painLane: 'frontstage', causeLane: 'customer' }).causePosition).toBe('visible');
    expect(situation({ painLane: 'customer', causeLane: 'backstage' })).toMatchObject({ causePosition: 'hidden', causeActor: 'backstage' });
    expect(situation({ painLane: 'customer', causeLane: 'support' })).toMatchObject({ causePosition: 'hidden', causeActor: 'support' });
  });

  it('places the stage: first, early, late, last', () => {
    expect([...situation({ painLane: 'customer', painStage: 1 }).places].sort()).toEqual(['early', 'first']);
    expect([...situation({ painLane: 'customer', painStage: 2 }).places]).toEqual(['early']);
    expect([...situation({ painLane: 'customer', painStage: 3 }).places]).toEqual(['late']);
    expect([...situation({ painLane: 'customer', painStage: 4 }).places].sort()).toEqual(['last', 'late']);
  });

  it('records metrics, markers, a low score, a follow-up step and the personas on the map', () => {
    const s = situation({ painLane: 'frontstage', metrics: { waitMinutes: 35, nps: 12 }, failPoint: true, personas: ['loyal'] });
    expect([...s.metrics].sort()).toEqual(['nps', 'wait']);
    expect([...s.markers]).toEqual(['fail']);
    expect(s.lowScore).toBe(true);
    expect(s.atFollowUp).toBe(true);
    expect([...s.personas]).toEqual(['loyal']);
    expect(situation({ painLane: 'frontstage', metrics: { csat: 4.6, nps: 45 } }).lowScore).toBe(false);
    expect(situation({ painLane: 'frontstage', metrics: { csat: 62 } }).lowScore).toBe(true);
    expect(situation({ painLane: 'frontstage', title: '交车三天后电话回访' }).atFollowUp).toBe(true);
    expect(situation({ painLane: 'frontstage', title: 'Hotline' }).atFollowUp).toBe(false);
  });

  it('takes the failure the team recorded over any inference', () => {
    expect(situation({ painLane: 'customer', painTitle: 'Nobody answers', failure: 'slow' })).toMatchObject({ failure: 'slow', failureGiven: true });
    expect(situation({ painLane: 'customer', painTitle: 'Nobody answers' })).toMatchObject({ failure: 'unreachable', failureGiven: false });
  });
});

describe('a frontstage step a person of ours does on a digital channel (round 4)', () => {
  it('reads a claims agent replying by email as staff, and an automatic email as self-service, in both languages', () => {
    expect(actorOf('frontstage', 'email', false, isByPerson({ title: 'Claims agent replies with a template' }))).toBe('staff');
    expect(actorOf('frontstage', 'email', false, isByPerson({ title: '理赔专员邮件回复' }))).toBe('staff');
    expect(actorOf('frontstage', 'email', false, isByPerson({ title: 'Confirmation email is sent' }))).toBe('self-service');
    // A machine stays a machine, whatever its name says.
    expect(actorOf('frontstage', 'chat', true, isByPerson({ title: 'Virtual agent' }))).toBe('self-service');
  });
});
