/**
 * Selects the title field of a touchpoint's inspector (after N, Add touchpoint, a double click), so
 * typing names the card. The inspector follows the selection in a deferred render (Inspector.tsx), so
 * the field may appear a frame or two after the selection changed: this waits for the field of that
 * card, one animation frame at a time, and gives up after `frames`.
 */
export function selectInspectorTitle(id: string | undefined, frames = 30): void {
  const selector = id === undefined ? '[data-testid="inspector-title"]' : `[data-inspector-for="${CSS.escape(id)}"] [data-testid="inspector-title"]`;
  const attempt = (left: number) =>
    requestAnimationFrame(() => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (input) input.select();
      else if (left > 0) attempt(left - 1);
    });
  attempt(frames);
}
