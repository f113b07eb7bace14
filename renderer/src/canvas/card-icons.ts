/**
 * The card's marks as CSS masks instead of inline SVG: one empty <i> per mark, its shape a data-URI
 * mask, its colour the theme's custom property. A 2 000-card map then builds about half the DOM per
 * card (the canvas benchmark's first render is dominated by per-card elements). Shapes come from the
 * same sources as everywhere else: src/layout/glyphs.ts for levels and pain points, Lucide for
 * channels and the fail/wait marks.
 */
import * as appWindow from 'lucide-react/icons/app-window';
import * as bot from 'lucide-react/icons/bot';
import * as circleX from 'lucide-react/icons/circle-x';
import * as globe from 'lucide-react/icons/globe';
import * as hourglass from 'lucide-react/icons/hourglass';
import * as mail from 'lucide-react/icons/mail';
import * as mailbox from 'lucide-react/icons/mailbox';
import * as messageCircle from 'lucide-react/icons/message-circle';
import * as phone from 'lucide-react/icons/phone';
import * as share2 from 'lucide-react/icons/share-2';
import * as smartphone from 'lucide-react/icons/smartphone';
import * as user from 'lucide-react/icons/user';
import { levelGlyph, painGlyph } from '../../../src/layout';
import { CHANNELS, LEVELS, SEVERITIES, type Channel } from '../../../src/model';

type IconNode = readonly (readonly [string, Readonly<Record<string, string | number>>])[];

/** Lucide's icon modules export their drawing as `__iconData` beside the component (not in the public types). */
const ICONS: Readonly<Record<string, unknown>> = {
  'app-window': appWindow,
  bot,
  'circle-x': circleX,
  globe,
  hourglass,
  mail,
  mailbox,
  'message-circle': messageCircle,
  phone,
  'share-2': share2,
  smartphone,
  user,
};

const CHANNEL_ICON: Readonly<Record<Channel, string>> = {
  'in-person': 'user',
  phone: 'phone',
  web: 'globe',
  app: 'smartphone',
  email: 'mail',
  chat: 'message-circle',
  social: 'share-2',
  mail: 'mailbox',
  'self-service': 'bot',
  other: 'app-window',
};

function lucideNode(name: string): IconNode | null {
  const module = ICONS[name] as { __iconData?: { node?: IconNode } } | undefined;
  return module?.__iconData?.node ?? null;
}

const attr = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function lucideSvg(node: IconNode): string {
  const children = node
    .map(([tag, attrs]) => `<${tag} ${Object.entries(attrs).filter(([k]) => k !== 'key').map(([k, v]) => `${attr(k)}="${String(v)}"`).join(' ')}/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${children}</svg>`;
}

const SIZE = 28;

function glyphSvg(d: string, fill: 'solid' | 'hollow' | 'dashed', hole: string | null = null): string {
  const stroke = fill === 'solid' ? '' : ` fill="none" stroke="black" stroke-width="${SIZE * 0.14}"${fill === 'dashed' ? ` stroke-dasharray="${SIZE * 0.18} ${SIZE * 0.14}"` : ''}`;
  const body = hole ? `<path d="${d}${hole}" fill-rule="evenodd"/>` : `<path d="${d}"${stroke}/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">${body}</svg>`;
}

const url = (svg: string) => `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;

/** The stylesheet text: one rule per mark. */
export function cardIconCss(): string {
  const rules: string[] = [
    '.ci{display:inline-block;flex:0 0 auto;width:14px;height:14px;background-color:currentColor;-webkit-mask:var(--ci) center/contain no-repeat;mask:var(--ci) center/contain no-repeat}',
  ];
  for (const channel of CHANNELS) {
    const node = lucideNode(CHANNEL_ICON[channel]);
    if (node) rules.push(`.ci--ch-${channel}{--ci:${url(lucideSvg(node))}}`);
  }
  for (const [name, cls] of [
    ['circle-x', 'fail'],
    ['hourglass', 'wait'],
  ] as const) {
    const node = lucideNode(name);
    if (node) rules.push(`.ci--${cls}{--ci:${url(lucideSvg(node))}}`);
  }
  for (const level of [...LEVELS, 'untagged'] as const) {
    const glyph = levelGlyph(level, SIZE);
    rules.push(`.ci--level-${level}{--ci:${url(glyphSvg(glyph.d, glyph.fill))};background-color:var(--tp-level-${level})}`);
  }
  for (const severity of SEVERITIES) {
    const glyph = painGlyph(severity, SIZE);
    // Critical: the bar is cut out of the filled triangle (even-odd), so the card shows through.
    const hole = glyph.bar ? ` M${SIZE / 2 - 1.6} ${SIZE * 0.36}h3.2v${SIZE * 0.3}h-3.2Z` : null;
    rules.push(`.ci--pain-${severity}{--ci:${url(glyphSvg(glyph.d, glyph.fill === 'solid' ? 'solid' : 'hollow', hole))};background-color:var(--tp-severity-${severity})}`);
  }
  return rules.join('\n');
}

let installed = false;

/** Adds the stylesheet once (the CSP allows inline styles; masks are data: images, which img-src allows). */
export function installCardIcons(doc: Document = document): void {
  if (installed) return;
  installed = true;
  const style = doc.createElement('style');
  style.dataset['cardIcons'] = '';
  style.textContent = cardIconCss();
  doc.head.append(style);
}
