/**
 * Two maps this project's rules were not tuned on, read as a consultant would: few findings, grouped,
 * each about something the team can act on.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkMap, formatFinding } from '../../../src/findings';
import { parseMap } from '../../../src/model';

async function load(name: string) {
  const result = parseMap(await readFile(new URL(`../../fixtures/maps/${name}.tpmap.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.map;
}

describe('laptop after-sales blueprint', () => {
  it('flags both waits, the low hotline scores, the staffing cause below the line and the loyalty moment after the zeroed repair', async () => {
    const map = await load('laptop-aftersales');
    const findings = checkMap(map);
    const by = (rule: string) => findings.filter((f) => f.rule === rule);
    expect(by('long-wait').map((f) => f.ids[0])).toEqual(['t2', 't5']);
    expect(by('low-csat').map((f) => f.ids)).toEqual([['s2', 't2']]);
    expect(by('low-nps').map((f) => f.ids)).toEqual([['t2']]);
    expect(by('hidden-cause').map((f) => f.ids[0])).toEqual(['t9', 't7']);
    expect(formatFinding(by('hidden-cause')[0]!, map, 'en')).toContain('Prevent it at "Call-centre staffing"');
    expect(by('loyalty-contradicted').map((f) => f.ids)).toEqual([['t11', 's4']]);
    expect(by('no-team-remedy').map((f) => f.ids)).toEqual([['p2']]);
    expect(by('pain-without-cause').map((f) => f.ids)).toEqual([['p2']]);
    expect(by('no-voice-of-customer')).toEqual([]);
    // Grouped: no rule repeats itself per card, and the backstage basic step is nobody's service gap.
    expect(findings.length).toBeLessThanOrEqual(16);
    expect(findings.flatMap((f) => f.ids)).not.toContain('t6');
  });
});

describe('bank branch account opening', () => {
  it('flags the 40-minute hall wait against the branch’s own 15-minute limit, the rota behind it, and that nobody listens', async () => {
    const map = await load('bank-account-opening');
    const findings = checkMap(map);
    const rules = findings.map((f) => f.rule);
    expect(rules).toEqual([
      'long-wait',
      'hidden-cause',
      'no-team-remedy',
      'below-baseline',
      'below-baseline',
      'no-loyalty-moment',
      'no-voice-of-customer',
    ]);
    expect(formatFinding(findings[0]!, map, 'zh-CN')).toContain('超过了面对面服务可接受的 15 分钟');
    expect(findings.flatMap((f) => f.ids)).not.toContain('b5');
  });

  it('quotes the car-dealer figure only as the classic example it is', async () => {
    const map = await load('bank-account-opening');
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const f of checkMap(map)) {
        const text = formatFinding(f, map, locale);
        if (/car|汽车/.test(text)) expect(text).toMatch(/classic car-dealer example|经典的汽车经销商案例/);
      }
    }
  });
});
