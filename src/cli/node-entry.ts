/** The `touchpoint` binary: wires the command line to Node's files, streams and locale. */
import { createRequire } from 'node:module';
import { nodeFiles } from '../platform/node';
import { pickLocale, runCli } from './main';

const requireHere = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const systemTag = process.env['LC_ALL'] || process.env['LC_MESSAGES'] || process.env['LANG'] || Intl.DateTimeFormat().resolvedOptions().locale;

runCli(argv, {
  files: nodeFiles,
  stdout: { write: (s) => void process.stdout.write(s) },
  stderr: { write: (s) => void process.stderr.write(s) },
  locale: pickLocale(argv, systemTag),
  interactive: Boolean(process.stderr.isTTY),
  resolvePackageFile: (specifier) => requireHere.resolve(specifier),
  workClock: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a bug gets here: user mistakes are reported by the commands themselves.
    process.stderr.write(`touchpoint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
