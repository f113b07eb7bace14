import { describe, expect, it } from 'vitest';
import { workshopMessages } from '../../../renderer/src/i18n/workshop';
import { levelName } from '../../../src/i18n/vocab';
import { LEVELS } from '../../../src/model';

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

  it('names the four levels as the rest of the app does', () => {
    const zh = workshopMessages['zh-CN'];
    expect([zh['level.basic'], zh['level.satisfactory'], zh['level.value-added'], zh['level.memorable']]).toEqual(
      LEVELS.map((level) => levelName(level, 'zh-CN')),
    );
  });
});
