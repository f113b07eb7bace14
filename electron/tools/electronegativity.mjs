#!/usr/bin/env node
/**
 * `npm run lint:electron`: Electronegativity over the desktop shell (electron/) and the page it
 * loads (renderer/index.html and renderer/src), in ONE scan so its global checks (navigation
 * limits, permission handler, CSP) see the main process and the page together.
 *
 * Fails (exit 1) on:
 *  - any finding above LOW;
 *  - a file it could not parse (an unscanned file is not a clean file);
 *  - an inline `eng-disable` comment whose check docs/security.md does not explain.
 * LOW findings are printed, and must be explained in docs/security.md too.
 *
 * Runs offline: the Electron version is read from the installed `electron` package instead of
 * being guessed, and the check that downloads Electron's release list is left out (see
 * docs/security.md, "Electronegativity").
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/** What is scanned, relative to the repository root. */
export const SCANNED = ['electron', 'renderer/index.html', 'renderer/src'];
/** Network-only: compares the Electron version with the live release list. */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

function* walk(path) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) yield* walk(join(path, entry));
  } else {
    yield path;
  }
}

/** Every `eng-disable` directive in the scanned sources, with where it is. */
function inlineSuppressions() {
  const found = [];
  for (const entry of SCANNED) {
    const full = join(root, entry);
    if (!existsSync(full)) continue;
    for (const file of walk(full)) {
      if (!/\.(m?[jt]sx?|html?)$/.test(file)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const match = /eng-disable[ \t]+([\w \t,]+)/.exec(line);
          if (!match) return;
          for (const id of match[1].trim().split(/[\s,]+/)) found.push({ id, where: `${relative(root, file)}:${index + 1}` });
        });
    }
  }
  return found;
}

async function main() {
  // The global checks only relate findings from one scan, so stage everything under one folder.
  const staging = mkdtempSync(join(tmpdir(), 'touchpoint-electronegativity-'));
  try {
    for (const entry of SCANNED) {
      if (existsSync(join(root, entry))) cpSync(join(root, entry), join(staging, entry), { recursive: true });
    }
    const run = require('@doyensec/electronegativity');
    const result = await run({
      input: staging,
      isRelative: true,
      isVerbose: false,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
      electronVersionOverride: electronVersion(),
      parserPlugins: [],
    });

    const problems = [];
    const unparsed = result.errors.filter((e) => !e.tolerable);
    for (const error of unparsed) problems.push(`could not parse ${relative(staging, error.file)}: ${error.message}`);

    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      where: `${issue.file}:${issue.location.line}`,
      sample: String(issue.sample ?? '').trim().slice(0, 100),
    }));
    for (const f of findings.filter((f) => SEVERITY[f.severity] > SEVERITY.INFORMATIONAL)) {
      const line = `${f.severity.padEnd(13)} ${f.id.padEnd(40)} ${f.where}  ${f.sample}`;
      if (SEVERITY[f.severity] > SEVERITY.LOW) problems.push(`finding above LOW: ${line}`);
      else console.log(`  ${line}`);
    }

    const doc = existsSync(join(root, 'docs/security.md')) ? readFileSync(join(root, 'docs/security.md'), 'utf8') : '';
    for (const f of findings.filter((f) => f.severity === 'LOW' && !doc.includes(f.id))) {
      problems.push(`LOW finding ${f.id} (${f.where}) is not explained in docs/security.md`);
    }
    const suppressed = inlineSuppressions();
    for (const s of suppressed.filter((s) => !doc.includes(s.id))) {
      problems.push(`eng-disable ${s.id} at ${s.where} is not explained in docs/security.md`);
    }

    const summary = `Electronegativity ${require('@doyensec/electronegativity/package.json').version} (Electron ${electronVersion()}): ${result.atomicChecks + result.globalChecks} checks over ${SCANNED.join(', ')}; ${findings.filter((f) => f.severity === 'LOW').length} LOW finding(s) shown above, ${findings.filter((f) => f.severity === 'INFORMATIONAL').length} informational, ${suppressed.length} reviewed inline suppression(s)`;
    if (problems.length) {
      for (const p of problems) console.error(`✗ ${p}`);
      console.error(`✗ ${summary}`);
      process.exitCode = 1;
    } else {
      console.log(`✓ ${summary}; nothing above LOW.`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

await main();
