/** `touchpoint` — the command line: dispatches to the registered commands. */
import { isLocale, resolveLocale, translate, type Locale } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { UsageError } from './args';
import { COMMANDS } from './commands';
import type { CliContext } from './context';

/** `--lang X` anywhere on the line wins over the system language. */
export function pickLocale(argv: readonly string[], systemTag: string | undefined): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--lang=') ? arg.slice(7) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined) return isLocale(value) ? value : resolveLocale(value);
  }
  return resolveLocale(systemTag);
}

export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  const t = (key: keyof (typeof cliMessages)['en'], params?: Record<string, string | number>) =>
    translate(cliMessages, ctx.locale, key, params);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const commands = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary(ctx.locale)}`).join('\n');
    ctx.stdout.write(`${t('usage', { commands })}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.stderr.write(`${t('unknown-command', { name })}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  try {
    return await command.run(rest, ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      const line = t('usage-error', { detail: e.message, command: name });
      ctx.stderr.write(`${line}\n`);
      if (json) ctx.stdout.write(`${JSON.stringify({ error: { code: 'usage', message: line } })}\n`);
      return 2;
    }
    // Only a bug gets here: user mistakes are reported by the commands themselves. A script still gets JSON.
    const line = t('internal-error', { detail: e instanceof Error ? e.message : String(e) });
    ctx.stderr.write(`${line}\n`);
    if (json) ctx.stdout.write(`${JSON.stringify({ error: { code: 'internal', message: line } })}\n`);
    return 3;
  }
}
