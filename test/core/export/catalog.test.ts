import { describe, expect, it } from 'vitest';
import { exportMessages } from '../../../src/i18n/export';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('export catalogue', () => {
  const keys = Object.keys(exportMessages.en) as (keyof (typeof exportMessages)['en'])[];

  it('has the same placeholders in Chinese as in English, and no blank string', () => {
    for (const key of keys) {
      expect(exportMessages['zh-CN'][key].trim(), key).not.toBe('');
      expect(placeholders(exportMessages['zh-CN'][key]), key).toEqual(placeholders(exportMessages.en[key]));
    }
  });

  it('is translated: Chinese strings differ from English except names that are the same in both', () => {
    const same = keys.filter((key) => exportMessages['zh-CN'][key] === exportMessages.en[key]);
    expect(same.sort()).toEqual(['language.en', 'language.zh-CN', 'page.a4', 'progress.percent'].sort());
  });

  it('uses straight quotes in English: the UI and picture font draws curly ones full-width', () => {
    for (const key of keys) expect(exportMessages.en[key], key).not.toMatch(/[\u2018\u2019\u201C\u201D]/);
  });
});
