/** The register read back from a real PDF: short enough to read, facts told once, the team's commitment beside each pain. */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestionsForMap } from '../../../src/suggestions';
import { translate } from '../../../src/i18n';
import { reportMessages } from '../../../src/i18n/report';
import type { MapDocument } from '../../../src/model';
import { buildReport } from '../../../src/report';
import { REGISTER_PER_TIER } from '../../../src/report/content';
import { nodeFontSource } from '../../../src/report/node/font-source';
import { hotlineMap } from '../advice/hotline-map';
import { withTempDir } from '../cli/helpers';
import { pdfText } from './pdf-tools';

const requireHere = createRequire(import.meta.url);
const fonts = nodeFontSource((spec) => requireHere.resolve(spec));
const now = new Date('2026-11-22T10:00:00Z');
const squash = (s: string) => s.replace(/\s+/g, '').replace(/[“”]/g, '"');
const t = (key: Parameters<typeof translate<keyof (typeof reportMessages)['en']>>[2]) => squash(translate(reportMessages, 'en', key));

async function reportText(map: MapDocument): Promise<{ register: string; appendix: string }> {
  const { pdf, pages } = await buildReport(map, { locale: 'en', page: 'a4', fonts, now });
  const range = (section: string) => {
    const numbers = pages.filter((p) => p.section === section).map((p) => p.number);
    return { first: Math.min(...numbers), last: Math.max(...numbers) };
  };
  return withTempDir(async (dir) => {
    const file = join(dir, 'report.pdf');
    await writeFile(file, pdf);
    return { register: squash(await pdfText(file, false, range('register'))), appendix: squash(await pdfText(file, false, range('appendix'))) };
  });
}

describe('the pain-point register', () => {
  it('prints at most two suggestions per tier and sends the rest to the appendix', async () => {
    const map = hotlineMap();
    const { register, appendix } = await reportText(map);
    const all = suggestionsForMap(map, 'en').get('p1')!;
    for (const tier of ['prevent', 'detect', 'recover'] as const) {
      const inTier = all.filter((a) => a.tier === tier);
      const shown = inTier.filter((a) => register.includes(squash(a.title)));
      expect(shown.length).toBe(Math.min(REGISTER_PER_TIER, inTier.length));
      for (const a of inTier.slice(REGISTER_PER_TIER)) expect(appendix).toContain(squash(a.title));
    }
    expect(appendix).toContain(t('appendix.more'));
  });

  it('tells each seed fact once per pain point block', async () => {
    const { register } = await reportText(hotlineMap());
    const first = register.indexOf('Nobodyanswersthehotline');
    const second = register.indexOf('Sparepartoutofstock', first);
    const block = register.slice(first, second);
    const facts = new Set(suggestionsForMap(hotlineMap(), 'en').get('p1')!.flatMap((a) => (a.fact ? [squash(a.fact)] : [])));
    for (const fact of facts) expect(block.split(fact).length - 1).toBeLessThanOrEqual(1);
  });

  it('says beside the pain point when the team has no remedy yet, or only recovery', async () => {
    const map = hotlineMap();
    map.touchpoints[3]!.painPoints![0]!.remedies = [{ tier: 'recover', text: 'Lend a laptop while the part is on its way' }];
    const { register } = await reportText(map);
    const hotline = register.slice(register.indexOf('Nobodyanswersthehotline'), register.indexOf('Sparepartoutofstock'));
    const spare = register.slice(register.indexOf('Sparepartoutofstock'));
    expect(hotline).toContain(t('register.no-remedy'));
    expect(spare).toContain(t('register.recovery-only'));
    expect(spare.indexOf(t('register.recovery-only'))).toBeLessThan(spare.indexOf(squash('Lend a laptop')));
  });
});
