import { describe, expect, test } from 'vitest';
import { LOCALES, parseMapValue, serializeMap } from '../../../src/model';
import { createMapFromTemplate, defaultNames, TEMPLATE_CHOICES } from '../../../src/templates';

describe('createMapFromTemplate', () => {
  test.each(TEMPLATE_CHOICES.flatMap((t) => LOCALES.map((l) => [t, l] as const)))('%s in %s validates', (template, locale) => {
    const map = createMapFromTemplate(template, locale);
    const parsed = parseMapValue(JSON.parse(serializeMap(map)));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(map.locale).toBe(locale);
    expect(map.stages.length).toBeGreaterThan(0);
    expect(map.lanes.length).toBeGreaterThan(0);
  });

  test('a journey map runs Aware to Loyalty over the journey lanes', () => {
    const en = createMapFromTemplate('journey', 'en');
    expect(en.title).toBe('Untitled journey map');
    expect(en.template).toBe('journey');
    expect(en.stages.map((s) => s.name)).toEqual(['Aware', 'Consider', 'Buy', 'Use', 'Support', 'Loyalty']);
    expect(en.lanes.map((l) => l.kind)).toEqual(['customer', 'frontstage', 'thoughts', 'emotions', 'opportunities']);
    const zh = createMapFromTemplate('journey', 'zh-CN');
    expect(zh.stages.map((s) => s.name)).toEqual(['认知', '考虑', '购买', '使用', '服务支持', '忠诚']);
    expect(zh.lanes.map((l) => l.name)).toEqual(['顾客行为', '触点', '想法', '情绪', '痛点与机会']);
  });

  test('a service blueprint has the five blueprint lanes in order', () => {
    const map = createMapFromTemplate('blueprint', 'zh-CN', '酒店入住');
    expect(map.title).toBe('酒店入住');
    expect(map.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['有形展示', 'evidence'],
      ['顾客行为', 'customer'],
      ['前台', 'frontstage'],
      ['后台', 'backstage'],
      ['支持过程', 'support'],
    ]);
    expect(map.stages.length).toBeGreaterThanOrEqual(3);
  });

  test('an empty map has one cell to start drawing in', () => {
    const map = createMapFromTemplate('empty', 'en', '  ');
    expect(map).toMatchObject({ title: 'Untitled map', template: 'custom', touchpoints: [] });
    expect(map.stages).toEqual([{ id: 's1', name: 'Stage 1' }]);
    expect(map.lanes).toEqual([{ id: 'l1', name: 'Lane 1', kind: 'custom' }]);
  });

  test('default names for new elements follow the language', () => {
    expect(defaultNames('en').stage(4)).toBe('Stage 4');
    expect(defaultNames('zh-CN').stage(4)).toBe('阶段 4');
    expect(defaultNames('zh-CN').touchpoint).toBe('新触点');
    expect(defaultNames('en').lane(2)).toBe('Lane 2');
    expect(defaultNames('zh-CN').persona(1)).toBe('用户画像 1');
    expect(defaultNames('en').painPoint).toBe('New pain point');
  });
});
