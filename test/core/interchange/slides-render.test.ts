/**
 * The deck as a room sees it: converted to PDF by LibreOffice (when it is installed; CI does not need
 * it), every slide becomes a page and the Chinese text comes out as Chinese, not empty boxes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/model';
import { buildSlides } from '../../../src/slides';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const reason = soffice.status !== 0 ? 'LibreOffice (soffice) is not installed' : !hasPoppler ? 'pdftotext (poppler-utils) is not installed' : null;
if (reason) console.warn(`slide rendering check skipped: ${reason}`);

describe.skipIf(reason !== null)('slides rendered by LibreOffice', () => {
  it.each(['zh-CN', 'en'] as const)('every slide is a page and the text survives (%s)', async (locale) => {
    const parsed = parseMap(await readFile('samples/car-dealer-aftersales.tpmap.json', 'utf8'));
    if (!parsed.ok) throw new Error('invalid sample');
    const { pptx, slides } = await buildSlides(parsed.map, { locale });
    const dir = await mkdtemp(join(tmpdir(), 'tp-slides-'));
    try {
      await writeFile(join(dir, 'deck.pptx'), pptx);
      // A private profile, so a person's own LibreOffice settings (or a running instance) play no part.
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'deck.pptx')], { stdio: 'ignore', timeout: 150_000 });
      const info = execFileSync('pdfinfo', [join(dir, 'deck.pdf')], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(slides);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'deck.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain(parsed.map.title.replace(/\s+/g, ''));
      const firstStage = parsed.map.stages[0]!.name.replace(/\s+/g, '');
      expect(text).toContain(firstStage);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
