import { describe, expect, it } from 'vitest';
import { extractMapFromPdf } from '../../../src/report';
import { xmpPacket } from '../../../src/report/embed';
import { aftersalesMap } from '../../fixtures/maps';

const fields = { title: 'T', subject: 'S', language: 'zh-CN', creator: 'Touchpoint Studio' };
const pdfWith = (body: string) => new TextEncoder().encode(`%PDF-1.3\n1 0 obj\n<< /Type /Metadata >>\nstream\n${body}\nendstream\nendobj\n%%EOF`);

describe('the map embedded in the report', () => {
  it('survives text that looks like XML or like the packet’s own end tag', () => {
    const map = aftersalesMap();
    map.title = 'Queue < 5 min & “辅料费” </tps:map> ]]>';
    map.stages[0]!.name = '预约 <b>';
    expect(extractMapFromPdf(pdfWith(xmpPacket(map, fields)))).toEqual(map);
  });

  it('gives null for a PDF without a map, or with a damaged one', () => {
    expect(extractMapFromPdf(pdfWith('<x:xmpmeta/>'))).toBeNull();
    expect(extractMapFromPdf(pdfWith('<tps:map>{"format":"touchpoint-studio/map"</tps:map>'))).toBeNull();
    expect(extractMapFromPdf(pdfWith('<tps:map>{"format":'))).toBeNull();
    expect(extractMapFromPdf(new Uint8Array())).toBeNull();
  });
});
