/**
 * A laptop after-sales blueprint: the hotline pain is felt frontstage but made in the support lane
 * (call-centre staffing). Used by the advice tests and by the report test that reads the summary back.
 */
import type { MapDocument } from '../../../src/model';

export function hotlineMap(locale: 'en' | 'zh-CN' = 'en'): MapDocument {
  const zh = locale === 'zh-CN';
  return {
    format: 'touchpoint-studio/map',
    version: 1,
    title: zh ? '笔记本电脑售后' : 'Laptop after-sales',
    locale,
    template: 'blueprint',
    stages: [
      { id: 's1', name: zh ? '报修' : 'Report the fault' },
      { id: 's2', name: zh ? '维修' : 'Repair' },
      { id: 's3', name: zh ? '回访' : 'Follow-up' },
    ],
    lanes: [
      { id: 'lc', name: zh ? '顾客行为' : 'Customer actions', kind: 'customer' },
      { id: 'lf', name: zh ? '前台接触' : 'Frontstage', kind: 'frontstage' },
      { id: 'lb', name: zh ? '后台' : 'Backstage', kind: 'backstage' },
      { id: 'ls', name: zh ? '支持流程' : 'Support processes', kind: 'support' },
    ],
    touchpoints: [
      { id: 'c1', stage: 's1', lane: 'lc', title: zh ? '拨打售后热线' : 'Calls the service hotline', channel: 'phone', level: 'basic', emotion: -2 },
      {
        id: 'f1',
        stage: 's1',
        lane: 'lf',
        title: zh ? '热线坐席接听' : 'Hotline agent answers',
        channel: 'phone',
        level: 'basic',
        emotion: -3,
        waitPoint: true,
        metrics: { waitMinutes: 35, nps: 12, csat: 3.9 },
        painPoints: [{ id: 'p1', title: zh ? '热线无人接听' : 'Nobody answers the hotline', severity: 'critical', category: 'waiting', causedBy: 'x1' }],
      },
      { id: 'x1', stage: 's1', lane: 'ls', title: zh ? '呼叫中心排班' : 'Call-centre staffing' },
      {
        id: 'f2',
        stage: 's2',
        lane: 'lf',
        title: zh ? '告知维修进度' : 'Repair status update',
        channel: 'phone',
        level: 'satisfactory',
        emotion: -1,
        metrics: { waitMinutes: 7200 },
        painPoints: [{ id: 'p2', title: zh ? '配件缺货，等了五天' : 'Spare part out of stock for five days', severity: 'high', category: 'waiting', causedBy: 'b1' }],
      },
      { id: 'b1', stage: 's2', lane: 'lb', title: zh ? '配件调拨' : 'Spare-part transfer' },
      {
        id: 'f3',
        stage: 's3',
        lane: 'lf',
        title: zh ? '回访电话' : 'Follow-up call',
        channel: 'phone',
        level: 'memorable',
        emotion: 1,
        painPoints: [{ id: 'p3', title: zh ? '回访问题千篇一律' : 'Follow-up questions are generic', severity: 'low', category: 'information' }],
      },
    ],
    links: [
      { id: 'k1', from: 'c1', to: 'f1', kind: 'flow' },
      { id: 'k2', from: 'f1', to: 'f2', kind: 'flow' },
      { id: 'k3', from: 'x1', to: 'f1', kind: 'support' },
    ],
  };
}
