import { describe, expect, it } from 'vitest';
import { workshopMessages } from '../../../renderer/src/i18n/workshop';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('workshop catalogue', () => {
  it('has every string in Chinese too, with the same placeholders', () => {
    const en = workshopMessages.en;
    const zh = workshopMessages['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('names the four levels with the seed’s Chinese terms', () => {
    const zh = workshopMessages['zh-CN'];
    expect([zh['level.basic'], zh['level.satisfactory'], zh['level.value-added'], zh['level.memorable']]).toEqual([
      '基本的服务',
      '满意的服务',
      '超值的服务',
      '难忘的服务',
    ]);
  });
});
