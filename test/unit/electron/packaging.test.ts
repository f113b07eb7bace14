/**
 * The electron-builder configuration (package.json "build"): valid for the installed
 * electron-builder, and saying what the desktop-shell issue asks of the packaged app.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
const config = pkg.build;

async function validate(candidate: unknown): Promise<string | null> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  try {
    await validateConfiguration(candidate, new DebugLogger(false));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('packaging configuration', () => {
  it('matches electron-builder’s schema (and the check does catch mistakes)', async () => {
    expect(await validate(config)).toBeNull();
    expect(await validate({ ...config, linux: { target: 'AppImage', colour: 'blue' } })).toMatch(/linux/);
  });

  it('builds AppImage and deb, dmg, and an NSIS installer', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('sets the fuses: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS or --inspect, encrypted cookies, app only from the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // electron-builder flips them with @electron/fuses, which must be installed.
    expect(pkg.devDependencies['@electron/fuses']).toBeDefined();
  });

  it('associates .tpmap.json files with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'tpmap.json', role: 'Editor' })]);
  });

  it('packs the built app and its entry point', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json']));
    // Test pages built into out/ by the browser tests stay out of the installer.
    expect(config.files.some((f: string) => f.startsWith('out/') && !/^out\/(main|preload|renderer)\//.test(f) && !f.startsWith('!'))).toBe(false);
    expect(pkg.main).toMatch(/^out\/main\//);
    expect(pkg.scripts.dist).toBe('node electron/tools/dist.mjs');
  });
});
