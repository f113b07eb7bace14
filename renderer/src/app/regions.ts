/**
 * F6 / Shift+F6 move between the window's regions, as in VS Code: toolbar, canvas, inspector,
 * findings. Each region is an element with `data-region`; hidden panels are skipped.
 */
export const REGIONS = ['toolbar', 'canvas', 'inspector', 'findings'] as const;
export type Region = (typeof REGIONS)[number];

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function enter(region: Region, el: HTMLElement): void {
  if (region === 'canvas') {
    // The selected card, else the first card, else the canvas itself.
    const card = el.querySelector<HTMLElement>('.react-flow__node.selected') ?? el.querySelector<HTMLElement>('.react-flow__node');
    (card ?? el).focus();
    return;
  }
  (el.querySelector<HTMLElement>(FOCUSABLE) ?? el).focus();
}

export function focusRegion(step: 1 | -1): void {
  const present = REGIONS.flatMap((r) => {
    const el = document.querySelector<HTMLElement>(`[data-region="${r}"]`);
    return el && el.offsetParent !== null ? [{ r, el }] : [];
  });
  if (present.length === 0) return;
  const here = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-region]')?.dataset['region'];
  const i = present.findIndex((p) => p.r === here);
  const next = present[(i < 0 ? (step === 1 ? 0 : present.length - 1) : i + step + present.length) % present.length]!;
  enter(next.r, next.el);
}
