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

/** Side of the square tiles a large picture is drawn in, yielding between tiles so the page keeps responding. */
export const TILE = 2048;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draws the picture onto the canvas tile by tile. Browsers rasterise SVG images on the main thread
 * (no worker can decode an SVG), so one drawImage of a 2 000-touchpoint map at 2× would freeze the
 * page for seconds; tiles keep each step short (the first one also lays the SVG out).
 */
export async function drawTiled(ctx: CanvasRenderingContext2D, image: CanvasImageSource, scale: number, width: number, height: number, tile = TILE): Promise<void> {
  if (width * height <= tile * tile) {
    ctx.drawImage(image, 0, 0, width, height);
    return;
  }
  for (let y = 0; y < height; y += tile) {
    for (let x = 0; x < width; x += tile) {
      const w = Math.min(tile, width - x);
      const h = Math.min(tile, height - y);
      ctx.drawImage(image, x / scale, y / scale, w / scale, h / scale, x, y, w, h);
      await yieldToPage();
    }
  }
}

export async function svgToPng(svg: string, plan: PngPlan, tile = TILE): Promise<Uint8Array> {
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
    await drawTiled(ctx, image, plan.scale, plan.width, plan.height, tile);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new ExportError('image', `the ${plan.width} × ${plan.height} px canvas could not be encoded`);
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
