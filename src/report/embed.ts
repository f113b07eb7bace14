/**
 * The map travels inside its report, the way draw.io embeds the diagram in its exports: the
 * document's JSON sits in the PDF's XMP metadata packet (an uncompressed stream), so
 * `extractMapFromPdf` can give it back to the app.
 */
import { EMBEDDED_MAP_CLOSE as CLOSE, EMBEDDED_MAP_OPEN as OPEN, readMapBytes, serializeMap, type MapDocument } from '../model';

const NS = 'https://touchpoint.studio/ns/report/1.0/';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

/** The map embedded in a report made by Touchpoint Studio, or null when the PDF holds none (or a damaged one). */
export function extractMapFromPdf(pdf: Uint8Array): MapDocument | null {
  const result = readMapBytes(pdf, 'report.pdf');
  return result.ok ? result.map : null;
}
