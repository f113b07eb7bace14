/**
 * The native menu's state as the page derives it from the action table: the menu must grey out
 * exactly what the page refuses and tick what the page shows as on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, isChecked, isEnabled, MAIN_ONLY_ACTIONS, type ActionContext, type ActionId } from '../../../src/actions';
import { menuStateFor } from '../../../src/actions/menu-state';
import { menuStateSchema } from '../../../electron/shared/ipc-contract';
import { IDLE_CONTEXT } from '../../fixtures/action-context';

const idle = IDLE_CONTEXT;

const arbContext: fc.Arbitrary<ActionContext> = fc.record({
  hasDocument: fc.boolean(),
  cards: fc.nat(50),
  selectedCards: fc.nat(5),
  selectedLinks: fc.nat(3),
  canUndo: fc.boolean(),
  canRedo: fc.boolean(),
  saving: fc.boolean(),
  presenting: fc.boolean(),
  panels: fc.record({ findings: fc.boolean(), inspector: fc.boolean() }),
  locale: fc.constantFrom('en' as const, 'zh-CN' as const),
});

const NATIVE_EDIT = new Set<ActionId>(ACTIONS.filter((a) => a.nativeEdit).map((a) => a.id));
const MAIN_ONLY = new Set<ActionId>(MAIN_ONLY_ACTIONS);

describe('the menu state derived from the action table', () => {
  it('greys out what the page refuses and ticks what the page shows on, for any page state', () => {
    fc.assert(
      fc.property(arbContext, (ctx) => {
        const state = menuStateFor(ctx);
        for (const spec of ACTIONS.filter((a) => a.menu)) {
          const followsPage = !NATIVE_EDIT.has(spec.id) && !MAIN_ONLY.has(spec.id);
          expect(state.disabled.includes(spec.id), spec.id).toBe(followsPage && !isEnabled(spec.id, ctx));
          expect(state.checked.includes(spec.id), spec.id).toBe(isChecked(spec.id, ctx) === true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is always a message the main process accepts', () => {
    fc.assert(
      fc.property(arbContext, (ctx) => {
        expect(menuStateSchema.safeParse(menuStateFor(ctx)).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('with nothing selected, greys out the card commands but keeps copy and delete for text fields', () => {
    const state = menuStateFor(idle);
    expect(state.disabled).toEqual(expect.arrayContaining(['duplicate', 'link-mode', 'move-left', 'set-level-1', 'set-level-0', 'map.addPainPoint']));
    expect(state.disabled).not.toContain('copy');
    expect(state.disabled).not.toContain('delete');
    expect(state.disabled).not.toContain('undo');
    expect(state.checked).toEqual(['toggle-findings', 'language-en']);
  });

  it('with one card selected, enables linking and the levels', () => {
    const state = menuStateFor({ ...idle, selectedCards: 1 });
    expect(state.disabled).not.toContain('link-mode');
    expect(state.disabled).not.toContain('set-level-3');
    expect(state.disabled).not.toContain('map.addPainPoint');
  });

  it('while presenting, leaves only saving and what the main process answers itself', () => {
    const state = menuStateFor({ ...idle, presenting: true, selectedCards: 1 });
    const enabled = ACTIONS.filter((a) => a.menu && !state.disabled.includes(a.id)).map((a) => a.id);
    expect(enabled.sort()).toEqual(['about', 'save', 'save-as', ...NATIVE_EDIT].sort());
  });

  it('while saving, greys out Save and Save As', () => {
    expect(menuStateFor({ ...idle, saving: true }).disabled).toEqual(expect.arrayContaining(['save', 'save-as']));
  });
});
