import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportXlsx, formatImportProblems, importXlsx } from '../../../src/interchange';
import { arbMap } from '../../fixtures/arbitrary';
import { generateMap } from '../../fixtures/generate';
import { spreadsheetPart } from './normalise';

async function ok(bytes: Uint8Array) {
  const result = await importXlsx(bytes, 'Imported');
  if (!result.ok) throw new Error(formatImportProblems(result.problems, result.total, 'en').join('\n'));
  return result.map;
}

async function problems(bytes: Uint8Array) {
  const result = await importXlsx(bytes, 'Imported');
  if (result.ok) throw new Error('expected the import to fail');
  return { unreadable: result.unreadable === true, lines: formatImportProblems(result.problems, result.total, 'en') };
}

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('XLSX export → import', () => {
  it('gives back the same map (everything a spreadsheet carries)', async () => {
    await fc.assert(
      fc.asyncProperty(arbMap, async (map) => {
        expect(await ok(await exportXlsx(map))).toEqual(spreadsheetPart(map));
      }),
      { numRuns: 25 },
    );
  });

  it('writes one sheet per table, named in the map’s language', async () => {
    const map = generateMap({ touchpoints: 20, locale: 'zh-CN' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(map)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['触点', '痛点', '补救措施', '阶段与泳道']);
    expect(wb.worksheets[0]!.getRow(1).getCell(2).value).toBe('阶段');
    expect(await ok(await exportXlsx(map))).toEqual(spreadsheetPart(map));
  });
});

describe('XLSX import', () => {
  it('reads a team’s own workbook from its first sheet, whatever the sheet is called', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Research');
      ws.addRows([
        ['Stage', 'Lane', 'Touchpoint', 'Level', 'CSAT', 'Fail point'],
        ['Arrive', 'Customer', 'Queue at the door', 'Basic', 62, true],
        ['Order', 'Staff', 'Waiter suggests dishes', 'value-added', 88, false],
      ]);
      wb.addWorksheet('Notes').addRow(['anything']);
    });
    const map = await ok(bytes);
    expect(map.touchpoints.map((t) => [t.title, t.level, t.metrics?.csat, t.failPoint])).toEqual([
      ['Queue at the door', 'basic', 62, true],
      ['Waiter suggests dishes', 'value-added', 88, false],
    ]);
  });

  it('uses the value a formula last saved, and refuses a formula with none, saying formulas are not evaluated', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Touchpoints');
      ws.addRow(['Stage', 'Touchpoint', 'Wait (minutes)']);
      ws.addRow(['Arrive', 'Queue', { formula: '10+15', result: 25 }]);
      ws.addRow(['Arrive', 'Greeting', { formula: 'SUM(A1:A2)' }]);
    });
    const { lines } = await problems(bytes);
    expect(lines).toEqual([
      'Touchpoints, row 3, column “Wait (minutes)”: the formula =SUM(A1:A2) has no saved value; formulas are not evaluated — save the file in your spreadsheet app, or paste the values instead',
    ]);
    const saved = await workbook((wb) => {
      const ws = wb.addWorksheet('Touchpoints');
      ws.addRow(['Stage', 'Touchpoint', 'Wait (minutes)']);
      ws.addRow(['Arrive', 'Queue', { formula: '10+15', result: 25 }]);
    });
    expect((await ok(saved)).touchpoints[0]!.metrics).toEqual({ waitMinutes: 25 });
  });

  it('refuses binary junk and a zip that is not a workbook as unreadable', async () => {
    const junk = await problems(new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect(junk.unreadable).toBe(true);
    expect(junk.lines[0]).toMatch(/^the file is not an Excel workbook \(\.xlsx\): /);
  });

  it('refuses more rows than a map may hold before building the workbook', async () => {
    const bytes = bareWorkbook(100_001);
    const started = performance.now();
    const { lines } = await problems(bytes);
    expect(lines).toEqual(['100001 rows; a map holds at most 100000 touchpoints, so nothing was imported']);
    expect((performance.now() - started) / 1000).toBeLessThan(3);
  });
});

/** The smallest workbook Excel opens, written by hand: one sheet of inline strings, a header and `rows` rows. */
function bareWorkbook(rows: number): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  const cell = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  const body = ['<row r="1">' + cell('A1', 'Stage') + cell('B1', 'Touchpoint') + '</row>'];
  for (let i = 2; i <= rows + 1; i++) body.push(`<row r="${i}">${cell(`A${i}`, 'Arrive')}${cell(`B${i}`, `Step ${i}`)}</row>`);
  return zipSync({
    '[Content_Types].xml': text(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': text(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': text(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Touchpoints" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': text(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': text(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join('')}</sheetData></worksheet>`),
  });
}

describe('a hand-written workbook', () => {
  it('is read like any other (so the row-limit test above tests the limit, not a broken file)', async () => {
    const map = await ok(bareWorkbook(3));
    expect(map.touchpoints.map((t) => t.title)).toEqual(['Step 2', 'Step 3', 'Step 4']);
  });
});
