/**
 * The map travels inside its report, the way draw.io embeds the diagram in its exports: the
 * document's JSON sits in the PDF's XMP metadata packet (an uncompressed stream), so
 * `extractMapFromPdf` can give it back to the app.
 */
import { parseMap, serializeMap, type MapDocument } from '../model';

const NS = 'https://touchpoint.studio/ns/report/1.0/';
const OPEN = '<tps:map>';
const CLOSE = '</tps:map>';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export interface XmpFields {
  title: string;
  subject: string;
  language: string;
  creator: string;
}

/** A complete XMP packet: Dublin Core title, description and language, the creator tool, and the map. */
export function xmpPacket(map: MapDocument, fields: XmpFields): string {
  return [
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:tps="${NS}">`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreatorTool>${escapeXml(fields.creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(fields.creator)}</pdf:Producer>`,
    `${OPEN}${escapeXml(serializeMap(map))}${CLOSE}`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
  ].join('\n');
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first!, from); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The map embedded in a report made by Touchpoint Studio, or null when the PDF holds none (or a damaged one). */
export function extractMapFromPdf(pdf: Uint8Array): MapDocument | null {
  const encoder = new TextEncoder();
  const start = indexOf(pdf, encoder.encode(OPEN), 0);
  if (start === -1) return null;
  const end = indexOf(pdf, encoder.encode(CLOSE), start);
  if (end === -1) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(pdf.subarray(start + OPEN.length, end));
  const result = parseMap(unescapeXml(text));
  return result.ok ? result.map : null;
}
