/**
 * The About box's licence list, generated at build time from what the bundles really contain: every
 * module that Vite bundles from node_modules (main, preload, renderer and its workers) names its
 * package; the last build (the renderer) writes out/renderer/licenses.json and licenses.html with each
 * package's name, version, licence and licence text. Nothing is hand-written, so the list cannot drift
 * from the dependencies.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENCE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'LICENCE.md', 'license', 'license.md', 'COPYING'];

/** `/x/node_modules/@scope/name/dist/a.js?query` → `/x/node_modules/@scope/name`; null outside node_modules. */
export function packageDirOf(moduleId) {
  const path = moduleId.replace(/^\0/, '').replace(/\?.*$/, '').replaceAll('\\', '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return null;
  return path.slice(0, at + '/node_modules/'.length) + rest.slice(0, depth).join('/');
}

function licenceName(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type).filter(Boolean).join(' OR ');
  return 'UNKNOWN';
}

/** Name, version, licence and licence text of the package in `dir` (null when it has no package.json). */
export function describePackage(dir) {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return null;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  const file = LICENCE_FILES.map((f) => join(dir, f)).find((f) => existsSync(f));
  return { name: pkg.name, version: pkg.version, license: licenceName(pkg), text: file ? readFileSync(file, 'utf8').trim() : '' };
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function licencesHtml(packages) {
  const items = packages
    .map((p) => `<section><h2>${escape(p.name)} <small>${escape(p.version)} · ${escape(p.license)}</small></h2>${p.text ? `<pre>${escape(p.text)}</pre>` : ''}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Touchpoint Studio — open-source licences</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:52rem;padding:0 1rem;color:#1b2a30}
h1{font-size:1.4rem}h2{font-size:1rem;margin:1.6rem 0 .4rem}small{font-weight:400;color:#50646b}
pre{white-space:pre-wrap;font-size:12px;background:#f3f6f7;padding:.8rem;border-radius:6px}</style></head>
<body><h1>Open-source software in Touchpoint Studio</h1><p>${packages.length} packages are bundled into the app.</p>
${items}
</body></html>
`;
}

const found = new Map();

/** Records the packages a build bundles. Add to every build (main, preload, renderer, workers). */
export function bundledLicences() {
  return {
    name: 'bundled-licences',
    generateBundle() {
      for (const id of this.getModuleIds()) {
        const dir = packageDirOf(id);
        if (!dir || found.has(dir)) continue;
        const info = describePackage(dir);
        if (info) found.set(dir, info);
      }
    },
  };
}

/** Writes what every build recorded into `outDir`; give it to the build that runs last (the renderer). */
export function writeBundledLicences(outDir) {
  return {
    ...bundledLicences(),
    name: 'bundled-licences-write',
    closeBundle() {
      const byName = new Map();
      for (const info of found.values()) byName.set(`${info.name}@${info.version}`, info);
      const packages = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
      writeFileSync(join(outDir, 'licenses.json'), `${JSON.stringify(packages, null, 2)}\n`);
      writeFileSync(join(outDir, 'licenses.html'), licencesHtml(packages));
    },
  };
}
