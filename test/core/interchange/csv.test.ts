import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsv, formatImportProblems, importCsv } from '../../../src/interchange';
import { escapeCell, unescapeCell } from '../../../src/interchange/csv';
import { arbMap } from '../../fixtures/arbitrary';
import { spreadsheetPart } from './normalise';

const bytes = (text: string) => new TextEncoder().encode(text);

function ok(result: ReturnType<typeof importCsv>) {
  if (!result.ok) throw new Error(formatImportProblems(result.problems, result.total, 'en').join('\n'));
  return result.map;
}

function problems(text: string | Uint8Array, locale: 'en' | 'zh-CN' = 'en') {
  const result = importCsv(typeof text === 'string' ? bytes(text) : text, 'Imported');
  if (result.ok) throw new Error('expected the import to fail');
  return { ...result, lines: formatImportProblems(result.problems, result.total, locale) };
}

describe('CSV export → import', () => {
  it('gives back the same map (everything a spreadsheet carries)', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        expect(ok(importCsv(bytes(exportCsv(map)), 'x'))).toEqual(spreadsheetPart(map));
      }),
      { numRuns: 200 },
    );
    // 200 maps take a few seconds on a shared, loaded machine: more than the default 5 s.
  }, 30_000);

  it('escapes text a spreadsheet would run as a formula, and the importer undoes it', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unescapeCell(escapeCell(text))).toBe(text);
        expect(escapeCell(text)).not.toMatch(/^[=+\-@]/);
      }),
    );
  });
});

describe('CSV import', () => {
  it('creates stages and lanes in first-seen order, reads Chinese headers and names, and takes the default lane', () => {
    const csv = ['阶段,泳道,触点,服务层次,渠道,情绪,等待（分钟）,失误点', '到店,顾客行为,排队取号,基本,面对面,-1,25,是', '点餐,前台,服务员推荐菜品,超值,,2,,否', '到店,前台,门口迎宾,难忘,,,,'].join('\n');
    const map = ok(importCsv(bytes(csv), '海底捞'));
    expect(map.title).toBe('海底捞');
    expect(map.locale).toBe('zh-CN');
    expect(map.stages.map((s) => s.name)).toEqual(['到店', '点餐']);
    expect(map.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['顾客行为', 'customer'],
      ['前台', undefined],
    ]);
    expect(map.touchpoints[0]).toMatchObject({ title: '排队取号', level: 'basic', channel: 'in-person', emotion: -1, failPoint: true, metrics: { waitMinutes: 25 } });
    expect(map.touchpoints[2]!.stage).toBe(map.stages[0]!.id);
  });

  it('accepts a BOM and CRLF line ends', () => {
    const map = ok(importCsv(bytes('\uFEFFStage,Touchpoint,Level\r\nArrive,Greeting,Satisfactory\r\nPay,"Bill, with tip",basic\r\n'), 'x'));
    expect(map.touchpoints.map((t) => [t.title, t.level])).toEqual([
      ['Greeting', 'satisfactory'],
      ['Bill, with tip', 'basic'],
    ]);
    expect(map.lanes).toHaveLength(1);
  });

  it('reports every unusable row by row and column, in both languages, and returns no map', () => {
    const csv = ['Stage,Touchpoint,Level,Emotion,CSAT', 'Arrive,Greeting,superb,1,80', 'Arrive,,basic,9,80', 'Pay,Bill,basic,1.5,lots'].join('\r\n');
    const { lines } = problems(csv);
    expect(lines).toEqual([
      'Touchpoints, row 2, column “Level”: “superb” is not one of basic, satisfactory, value-added, memorable',
      'Touchpoints, row 3, column “Touchpoint”: a value is required here',
      'Touchpoints, row 3, column “Emotion”: 9 is outside -3 to 3',
      'Touchpoints, row 4, column “Emotion”: “1.5” is not a whole number',
      'Touchpoints, row 4, column “CSAT”: “lots” is not a number',
    ]);
    expect(problems(csv, 'zh-CN').lines[0]).toBe('Touchpoints表第 2 行“Level”列：“superb”不在可选值 basic, satisfactory, value-added, memorable 之中');
  });

  it('refuses wrong headers, naming the column and the ones it takes', () => {
    const { lines } = problems('Phase,Step,Mood\nA,B,C\n');
    expect(lines[0]).toMatch(/^Touchpoints, row 1, column “Phase”: unknown column; the columns this table takes are ID, Stage/);
    expect(lines.slice(3)).toEqual(['Touchpoints, row 1: the column “Stage” is required', 'Touchpoints, row 1: the column “Touchpoint” is required']);
    const missing = problems('Touchpoint,Level\nGreeting,basic\n');
    expect(missing.lines).toEqual(['Touchpoints, row 1: the column “Stage” is required']);
  });

  it('sends problems the map’s own validation finds back to their row and column', () => {
    const csv = ['ID,Stage,Touchpoint', 't1,Arrive,Greeting', 't1,Arrive,Second greeting'].join('\n');
    const { lines } = problems(csv);
    expect(lines).toEqual(['Touchpoints, row 3, column “ID”: id "t1" is already used at touchpoints[0].id']);
  });

  it('links pain points and remedies, and reports a pain point on an unknown touchpoint', () => {
    const csv = [
      'ID,Stage,Touchpoint',
      't1,Book,Call the hotline',
      '',
      '[Pain points]',
      'Touchpoint ID,ID,Pain point,Severity',
      't1,p1,Nobody answers,critical',
      '',
      '[Remedies]',
      'Pain point ID,Tier,Remedy',
      'p1,Prevent,Staff the hotline at peak hours',
      'p1,recover,Call back within the hour',
    ].join('\n');
    const map = ok(importCsv(bytes(csv), 'x'));
    expect(map.touchpoints[0]!.painPoints).toEqual([
      {
        id: 'p1',
        title: 'Nobody answers',
        severity: 'critical',
        remedies: [
          { tier: 'prevent', text: 'Staff the hotline at peak hours' },
          { tier: 'recover', text: 'Call back within the hour' },
        ],
      },
    ]);
    const bad = problems(csv.replace('t1,p1,', 't9,p1,'));
    expect(bad.lines).toEqual(['Pain points, row 6, column “Touchpoint ID”: no touchpoint “t9” in the touchpoint table', 'Remedies, row 10, column “Pain point ID”: no pain point with ID “p1” in the pain-point table', 'Remedies, row 11, column “Pain point ID”: no pain point with ID “p1” in the pain-point table']);
  });

  it('refuses binary junk as unreadable, naming the byte', () => {
    const junk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x81]);
    const result = problems(junk);
    expect(result.unreadable).toBe(true);
    expect(result.lines[0]).toBe('the file is not text (byte 4 is not UTF-8); is it a spreadsheet saved in another format?');
    expect(problems(bytes('Stage,Touchpoint\nA,\u0000B\n')).unreadable).toBe(true);
  });

  it('refuses more rows than a map may hold, quickly and without building anything', () => {
    const rows = Array.from({ length: 100_001 }, (_, i) => `Stage ${i % 10},Touchpoint ${i}`);
    const csv = bytes(['Stage,Touchpoint', ...rows].join('\n'));
    const started = performance.now();
    const result = problems(csv);
    const seconds = (performance.now() - started) / 1000;
    expect(result.lines).toEqual(['Touchpoints: 100001 rows; a map holds at most 100000 touchpoints, so nothing was imported']);
    expect(seconds).toBeLessThan(3);
  });

  it('reports unbalanced quotes by row', () => {
    const result = problems('Stage,Touchpoint\nArrive,"Greeting\n');
    expect(result.unreadable).toBe(false);
    expect(result.lines[0]).toMatch(/^row \d+: the CSV is malformed: /);
  });
});
