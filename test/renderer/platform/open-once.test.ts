/**
 * The browser reads a picked file once: the web platform hands over the map its shared reader already
 * validated, and the document controller loads that instead of parsing the text a second time.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentController } from '../../../renderer/src/app/document';
import { createUiStore } from '../../../renderer/src/app/ui-store';
import type { OpenedFile, Platform } from '../../../renderer/src/platform/types';
import { createDocStore } from '../../../src/store';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';

/** A platform whose open dialog hands over `opened`; everything else quietly does nothing. */
function platformOpening(opened: OpenedFile): Platform {
  const nothing = async () => null;
  // Subscriptions (onExternalChange, onCommand…) answer with their unsubscribe function.
  const subscribe = () => () => undefined;
  return new Proxy({ kind: 'web', openFile: async () => opened } as unknown as Platform, {
    get: (target, key) => (key in target ? target[key as keyof Platform] : String(key).startsWith('on') ? subscribe : nothing),
  });
}

function controllerFor(opened: OpenedFile) {
  const store = createDocStore(minimalMap());
  const ui = createUiStore({ locale: 'en', themeChoice: 'light', theme: 'light' });
  return { store, controller: createDocumentController(store, ui, platformOpening(opened)) };
}

describe('opening a file the platform already read', () => {
  it('loads the validated map as it is, without parsing the text again', async () => {
    const map = aftersalesMap();
    // Text that would never parse: had the controller parsed again, nothing would open.
    const { store, controller } = controllerFor({ ref: { id: 'f1', name: 'aftersales.tpmap.json' }, text: '{ not parsed twice', map });
    expect(await controller.open()).toBe(true);
    expect(store.getState().map).toEqual(map);
    expect(controller.getSession().file?.name).toBe('aftersales.tpmap.json');
    controller.dispose();
  });

  it('still parses, and refuses with the problems, when the platform hands over text alone', async () => {
    const { store, controller } = controllerFor({ ref: { id: 'f2', name: 'broken.tpmap.json' }, text: '{ not a map' });
    expect(await controller.open()).toBe(false);
    expect(store.getState().map).toEqual(minimalMap());
    expect(controller.getSession().notices.at(-1)?.text).toContain('broken.tpmap.json');
    controller.dispose();
  });
});
