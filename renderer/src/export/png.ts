/** SVG → PNG bytes in the browser: an Image from a Blob URL drawn on a canvas at 1×, 2× or 3×. */
import { ExportError } from './pdf';

/** Canvas limits every current browser can draw (Chromium and Firefox allow about this much, Safari less area). */
export const MAX_CANVAS_SIDE = 16384;
export const MAX_CANVAS_AREA = 268_435_456;

export interface PngPlan {
  /** The scale that will be used: the requested one, or less when the canvas would be too large. */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  readonly capped: boolean;
}

export function planPng(width: number, height: number, requested: number): PngPlan {
  const fit = Math.min(MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
  if (requested <= fit) return { scale: requested, width: Math.round(width * requested), height: Math.round(height * requested), capped: false };
  // Two decimals, rounded down, so the result stays inside the limits.
  const scale = Math.floor(fit * 100) / 100;
  return { scale, width: Math.floor(width * scale), height: Math.floor(height * scale), capped: true };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new ExportError('image', 'the SVG could not be loaded as an image'));
    image.src = url;
  });
}

export async function svgToPng(svg: string, plan: PngPlan): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    // Embedded fonts are decoded with the image; decode() waits for them where supported.
    await image.decode().catch(() => undefined);
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportError('image', `no 2D canvas of ${plan.width} × ${plan.height} px`);
    ctx.drawImage(image, 0, 0, plan.width, plan.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new ExportError('image', `the ${plan.width} × ${plan.height} px canvas could not be encoded`);
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
