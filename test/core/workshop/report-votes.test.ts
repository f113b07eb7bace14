/**
 * The workshop issue's "done when": what the room added and voted for during a session reaches the
 * PDF report — the pain point in the register with its votes, and votes breaking ties in the order.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n';
import { reportMessages } from '../../../src/i18n/report';
import { parseMap } from '../../../src/model';
import { renderReport } from '../../../src/report';
import { nodeFontSource } from '../../../src/report/node/font-source';
import { createDocStore } from '../../../src/store';
import { dotCommand, parseQuickEntry, planQuickEntry, startVote } from '../../../src/workshop';
import { pdfText } from '../report/pdf-tools';

const requireHere = createRequire(import.meta.url);
const fonts = nodeFontSource((spec) => requireHere.resolve(spec));

/** pdftotext breaks lines where the layout did, so compare text without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('a workshop session in the PDF report', () => {
  it('prints the pain point captured by quick entry in the register, with the dots the room gave it', async () => {
    const parsed = parseMap(readFileSync(new URL('../../../samples/hotel-stay.tpmap.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('sample does not parse');
    const store = createDocStore(parsed.map);
    const stageId = parsed.map.stages[1]!.id;

    // Quick entry, as the presentation dispatches it: a touchpoint, then a pain point on it.
    const run = (text: string, selected: string | null) => {
      const plan = planQuickEntry(parseQuickEntry(text), { map: store.getState().map, stageId, selectedTouchpointId: selected });
      if (!plan.ok) throw new Error(plan.reason);
      if (plan.command === 'addTouchpoint') expect(store.dispatch('addTouchpoint', plan.args)).toBe(true);
      else if (plan.command === 'addPainPoint') expect(store.dispatch('addPainPoint', plan.args)).toBe(true);
      else expect(store.dispatch('updateTouchpoint', plan.args)).toBe(true);
      return store.getState().created[0] ?? null;
    };
    const tp = run('Guest waits for a room key card', null);
    const pain = run('!h Key card reader rejects the new card', tp);
    expect(pain).not.toBeNull();

    const vote = startVote(store.getState().map, 3, 4);
    for (let i = 0; i < 7; i++) {
      const cmd = dotCommand(vote, store.getState().map, pain!, false);
      expect(cmd).not.toBeNull();
      store.dispatch(cmd!.name, cmd!.args);
    }

    const pdf = await renderReport(store.getState().map, { locale: 'en', page: 'a4', fonts, now: new Date('2026-11-28T08:00:00Z') });
    const file = join(mkdtempSync(join(tmpdir(), 'tp-workshop-report-')), 'report.pdf');
    writeFileSync(file, pdf);
    const text = squash(await pdfText(file));
    expect(text).toContain(squash('Key card reader rejects the new card'));
    expect(text).toContain(squash(translate(reportMessages, 'en', 'register.votes', { votes: 7 })));
  }, 120_000);
});
