/**
 * The electron-builder configuration (package.json "build"): valid for the installed
 * electron-builder, and saying what the desktop-shell issue asks of the packaged app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
const config = pkg.build;
const root = fileURLToPath(new URL('../../..', import.meta.url));
const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].every((f) => existsSync(join(root, f)));

/**
 * A stand-in for the Electron binary: a shell script that carries Electron's fuse wire (the
 * sentinel, wire version 1, then one byte per fuse, '1' on and '0' off, as Electron ships them).
 */
function fakeElectronDist(dir: string): void {
  const wire = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), Buffer.from('101100011')]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), wire, Buffer.from('\n')]), { mode: 0o755 });
  writeFileSync(join(dir, 'version'), require('electron/package.json').version);
}

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

  it('associates .tpmap on every platform (one dot, as Windows and macOS read extensions) and .tpmap.json on Linux', () => {
    const mime = 'application/vnd.touchpoint.map+json';
    // Windows and macOS take the last dot: a ".tpmap.json" association there would claim every .json file.
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'tpmap', role: 'Editor', mimeType: mime, icon: 'tpmap' })]);
    expect(config.fileAssociations.flatMap((a: { ext: string | string[] }) => a.ext)).not.toContain('tpmap.json');
    for (const platform of ['mac', 'win']) expect(config[platform].fileAssociations).toBeUndefined();
    // Linux matches shared-mime-info globs, which take the double extension git users keep
    // (electron-builder adds a platform's associations to the common ones).
    expect(config.linux.fileAssociations).toEqual([expect.objectContaining({ ext: 'tpmap.json', mimeType: mime })]);
    // macOS: the document type is a declared UTI that conforms to JSON, so Quick Look and git tools still see text.
    const declared = config.mac.extendInfo.UTExportedTypeDeclarations[0];
    expect(declared).toMatchObject({ UTTypeIdentifier: 'studio.touchpoint.map', UTTypeConformsTo: expect.arrayContaining(['public.json']) });
    expect(declared.UTTypeTagSpecification['public.filename-extension']).toEqual(['tpmap']);
    expect(declared.UTTypeTagSpecification['public.mime-type']).toBe(mime);
  });

  it('builds every platform’s icons from one source image', () => {
    expect(config.directories.buildResources).toBe('build');
    expect(existsSync(join(root, 'build/icon.png'))).toBe(true);
    expect(existsSync(join(root, 'build/tpmap.png'))).toBe(true);
    for (const platform of ['linux', 'mac', 'win']) expect(config[platform].icon ?? 'build/icon.png').toBe('build/icon.png');
  });

  it('ships no runtime dependencies: Vite bundles what the main process, preload and renderer use', () => {
    // Only packages listed as dependencies travel into app.asar's node_modules.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('packs the built app and its entry point, not the command line', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/main/index.js', 'out/preload/**/*', 'out/renderer/**/*', 'package.json']));
    // The `touchpoint` command line runs from a source checkout (npm install), with its report modules from node_modules.
    expect(config.files).not.toContain('out/main/**/*');
    // Test pages built into out/ by the browser tests stay out of the installer.
    expect(config.files.some((f: string) => f.startsWith('out/') && !/^out\/(main|preload|renderer)\//.test(f) && !f.startsWith('!'))).toBe(false);
    expect(pkg.main).toMatch(/^out\/main\//);
    expect(pkg.scripts.dist).toBe('node electron/tools/dist.mjs');
  });

  it.skipIf(!built || process.platform !== 'linux')(
    `packs the app with electron-builder and flips the fuses in the binary${built ? '' : ' (skipped: run `npm run build` first)'}`,
    async () => {
      const work = mkdtempSync(join(tmpdir(), 'touchpoint-pack-'));
      try {
        fakeElectronDist(work);
        const output = join(work, 'dist');
        const configFile = join(work, 'electron-builder.json');
        writeFileSync(configFile, JSON.stringify({ ...config, electronDist: work, directories: { ...config.directories, output } }));
        const cli = join(root, 'node_modules/electron-builder/cli.js');
        const run = spawnSync(process.execPath, [cli, '--linux', 'dir', '--config', configFile], { cwd: root, encoding: 'utf8', timeout: 170_000 });
        expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);

        const appDir = join(output, 'linux-unpacked');
        const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
        const wire = await getCurrentFuseWire(join(appDir, config.linux.executableName));
        const state = (fuse: number) => ({ 48: 'off', 49: 'on' })[wire[fuse] as 48 | 49];
        expect(state(FuseV1Options.RunAsNode)).toBe('off');
        expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('off');
        expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('off');
        expect(state(FuseV1Options.EnableCookieEncryption)).toBe('on');
        expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('on');

        const asar = require('@electron/asar');
        const archive = join(appDir, 'resources/app.asar');
        const files: string[] = asar.listPackage(archive);
        for (const f of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(files).toContain(f);
        expect(files.filter((f) => /^\/out\/(?!main|preload|renderer)/.test(f))).toEqual([]);
        expect(files.filter((f) => f.startsWith('/node_modules/'))).toEqual([]);
        expect(files).not.toContain('/out/main/cli.js');
        // Chinese font slices travel once (WOFF, shared by the screen and the report), not twice.
        expect(files.filter((f) => f.endsWith('.woff2') && f.includes('noto-sans-sc'))).toEqual([]);
        const size = statSync(archive).size;
        console.info(`app.asar: ${(size / 1e6).toFixed(1)} MB, ${files.length} entries`);
        expect(size).toBeLessThan(15e6);
        expect(JSON.parse(asar.extractFile(archive, 'package.json').toString()).main).toBe(pkg.main);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
