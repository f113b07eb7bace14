import { describe, expect, it } from 'vitest';
import { PANEL_TEXT } from '../../../renderer/src/i18n/panels';
import { reportMessages } from '../../../src/i18n/report';
import { CATEGORIES, PERSONA_TYPES } from '../../../src/model';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('panel catalogue', () => {
  it('has Chinese for every key, with the same placeholders as the English', () => {
    for (const key of Object.keys(PANEL_TEXT.en) as (keyof typeof PANEL_TEXT.en)[]) {
      expect(PANEL_TEXT['zh-CN'][key].trim(), key).not.toBe('');
      expect(placeholders(PANEL_TEXT['zh-CN'][key]), key).toEqual(placeholders(PANEL_TEXT.en[key]));
    }
  });

  it('names categories and persona types exactly as the report does', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const c of CATEGORIES) expect(PANEL_TEXT[locale][`category.${c}`]).toBe(reportMessages[locale][`category.${c}`]);
      for (const p of PERSONA_TYPES) expect(PANEL_TEXT[locale][`persona.${p}`]).toBe(reportMessages[locale][`persona.${p}`]);
    }
  });

  it('keeps the accessible names the issue fixes in English', () => {
    expect(PANEL_TEXT.en['field.title']).toBe('Title');
    expect(PANEL_TEXT.en['field.level']).toBe('Service level');
    expect(PANEL_TEXT.en['field.emotion']).toBe('Emotion');
    expect(PANEL_TEXT.en['painPoints.add']).toBe('Add pain point');
    expect(PANEL_TEXT.en['pain.title']).toBe('Pain point');
    expect(PANEL_TEXT.en['pain.severity']).toBe('Severity');
  });
});
