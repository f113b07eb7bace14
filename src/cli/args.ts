/** A small argument parser: the core cannot use node:util, and the commands need little. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
}

export class UsageError extends Error {}

/** `valueFlags` take the next argument (`-o out.pdf`, `--lang=zh-CN`); the rest are booleans. */
export function parseArgs(argv: readonly string[], valueFlags: readonly string[], aliases: Record<string, string> = {}): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq > 0 ? arg.slice(0, eq) : arg;
    const name = aliases[rawName] ?? rawName.replace(/^--?/, '');
    if (valueFlags.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${rawName} needs a value`);
      flags.set(name, value);
    } else {
      if (eq > 0) throw new UsageError(`${rawName} takes no value`);
      flags.set(name, true);
    }
  }
  return { positionals, flags };
}
