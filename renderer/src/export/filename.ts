/** File names from the map title: Chinese and other scripts kept, characters no file system accepts removed. */

// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

export function baseFileName(title: string, fallback = 'map'): string {
  let name = title.replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim();
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
  name = name.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  const chars = [...name];
  if (chars.length > 100) name = chars.slice(0, 100).join('').trim();
  if (!name || RESERVED.test(name)) return fallback;
  return name;
}

export const EXTENSIONS = { pdf: '.pdf', pptx: '.pptx', png: '.png', svg: '.svg', json: '.tpmap.json' } as const;
export const MIME_TYPES = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  svg: 'image/svg+xml',
  json: 'application/json',
} as const;

export function exportFileName(title: string, format: keyof typeof EXTENSIONS): string {
  return baseFileName(title) + EXTENSIONS[format];
}
