/** The summary page read back from a real PDF: an executive who reads only page 2 knows what to fund. */
import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate, type Locale } from '../../../src/i18n';
import { reportMessages } from '../../../src/i18n/report';
import { buildReport } from '../../../src/report';
import { nodeFontSource } from '../../../src/report/node/font-source';
import { hotlineMap } from '../advice/hotline-map';
import { withTempDir } from '../cli/helpers';
import { pdfText } from './pdf-tools';

const requireHere = createRequire(import.meta.url);
const fonts = nodeFontSource((spec) => requireHere.resolve(spec));
const now = new Date('2026-11-22T10:00:00Z');
const squash = (s: string) => s.replace(/\s+/g, '');

async function summaryPage(locale: Locale): Promise<string> {
  const { pdf, pages } = await buildReport(hotlineMap(locale), { locale, page: 'a4', fonts, now });
  expect(pages[1]!.section).toBe('summary');
  return withTempDir(async (dir) => {
    const file = join(dir, 'report.pdf');
    await writeFile(file, pdf);
    return squash(await pdfText(file, false, { first: 2, last: 2 }));
  });
}

describe.each([
  ['en', 'Call-centre staffing', 'Nobody answers the hotline', 'Support processes', '35 min', '5 days'],
  ['zh-CN', '呼叫中心排班', '热线无人接听', '支持流程', '35 分钟', '5 天'],
] as const)('the summary page (%s)', (locale, cause, pain, lane, shortWait, longWait) => {
  it('opens with Do first, naming the cause step of the top risk, its lane and the pain it removes, before the headlines', async () => {
    const text = await summaryPage(locale);
    const t = (key: 'dofirst.title' | 'situation.title') => squash(translate(reportMessages, locale, key));
    const block = text.indexOf(t('dofirst.title'));
    const situation = text.indexOf(t('situation.title'));
    expect(block).toBeGreaterThan(-1);
    expect(situation).toBeGreaterThan(block);
    const doFirst = text.slice(block, situation);
    const first = doFirst.indexOf('1');
    expect(doFirst.indexOf(squash(cause), first)).toBeGreaterThan(-1);
    expect(doFirst).toContain(squash(lane));
    expect(doFirst).toContain(squash(pain));
    // The top action is placed at the cause, not at the touchpoint where the pain is felt.
    expect(doFirst.indexOf(squash(cause))).toBeLessThan(doFirst.indexOf(squash(pain)));
  });

  it('cites the recorded numbers: the worst waits, NPS and CSAT, the zeroed stage', async () => {
    const text = await summaryPage(locale);
    expect(text).toContain(squash(longWait));
    expect(text).toContain(squash(shortWait));
    expect(text).toContain('NPS12');
    expect(text).toContain('CSAT3.9');
    expect(text).toContain('100−1=0');
  });
});
