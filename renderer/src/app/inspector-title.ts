/**
 * Selects the title field of a touchpoint's inspector (after N, Add touchpoint, a double click), so
 * typing names the card. The field of a new card appears once React has committed the new selection,
 * which may be a frame or two later: this waits for the field of that card, one animation frame at a
 * time, and gives up after `frames`.
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
