/**
 * Map → file text that diffs well: keys in the schema's order (free-form `view` keys sorted),
 * 2-space indent, arrays in document order, a final newline.
 */
import { z } from 'zod';
import { mapSchema, type MapDocument } from './schema';

function canonical(value: unknown, schema: z.ZodType | undefined): unknown {
  if (value === undefined || value === null || typeof value !== 'object') return value;
  if (schema instanceof z.ZodOptional) return canonical(value, schema.unwrap() as z.ZodType);
  if (Array.isArray(value)) {
    const element = schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined;
    return value.map((item) => canonical(item, element));
  }
  const obj = value as Record<string, unknown>;
  // No prototype: a key named "__proto__" (JSON.parse makes it an own key) must stay a key, not set one.
  const out = Object.create(null) as Record<string, unknown>;
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(shape)) {
      if (obj[key] !== undefined) out[key] = canonical(obj[key], shape[key]);
    }
    // Keys the schema does not know are kept (sorted) rather than lost.
    for (const key of Object.keys(obj).filter((k) => !Object.hasOwn(shape, k)).sort()) {
      if (obj[key] !== undefined) out[key] = canonical(obj[key], undefined);
    }
    return out;
  }
  for (const key of Object.keys(obj).sort()) {
    if (obj[key] !== undefined) out[key] = canonical(obj[key], undefined);
  }
  return out;
}

const INDENT = 2;

export function serializeMap(map: MapDocument): string {
  return `${JSON.stringify(canonical(map, mapSchema), null, INDENT)}\n`;
}

/**
 * The size in UTF-8 bytes of `serializeMap(map)`, without building its canonical copy: putting keys in
 * order changes no length, so the map's own indented text is exactly as long. Opening a large map
 * checks its saved size, and the copy cost more than the rest of the check.
 */
export function serializedSize(map: MapDocument): number {
  return utf8Length(JSON.stringify(map, null, INDENT)) + 1;
}

/** The UTF-8 size of `text` without encoding it (a lone surrogate counts as U+FFFD, as the encoder writes it). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two UTF-16 units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}
