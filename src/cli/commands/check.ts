/** `touchpoint check FILE [--json]`: the journey linter, for people and for a team's CI. */
import { analyzeMap } from '../../analysis';
import { checkMap, formatFinding, severityLabel } from '../../findings';
import { translate, type Params } from '../../i18n';
import { checkMessages } from '../../i18n/findings';
import { parseArgs, UsageError } from '../args';
import type { CommandRun } from '../context';
import { readMapFile, refusalToJson } from '../read-map';

type CheckKey = keyof (typeof checkMessages)['en'];

export interface JsonFinding {
  rule: string;
  severity: string;
  ids: string[];
  message: string;
}

export const checkCommand = {
  name: 'check',
  async run(argv, ctx) {
    const { positionals, flags } = parseArgs(argv, ['lang']);
    const t = (key: CheckKey, params?: Params) => translate(checkMessages, ctx.locale, key, params);
    if (flags.has('help')) {
      ctx.stdout.write(`${t('check.help')}\n`);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(t('check.one-file'));
    const outcome = await readMapFile(file, ctx);
    if (outcome.kind !== 'ok') {
      ctx.stderr.write(`${outcome.lines.join('\n')}\n`);
      // Scripts reading stdout get an object where they would get the list of findings.
      if (flags.has('json')) ctx.stdout.write(`${JSON.stringify({ error: refusalToJson(file, outcome, ctx) }, null, 2)}\n`);
      return 2;
    }
    const { map } = outcome;
    const findings = checkMap(map, analyzeMap(map));
    if (flags.has('json')) {
      const out: JsonFinding[] = findings.map((f) => ({ rule: f.rule, severity: f.severity, ids: f.ids, message: formatFinding(f, map, ctx.locale) }));
      ctx.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } else if (findings.length === 0) {
      ctx.stdout.write(`${t('check.none', { file })}\n`);
    } else {
      const width = findings.reduce((w, f) => Math.max(w, severityLabel(f.severity, ctx.locale).length), 0);
      for (const f of findings) {
        ctx.stdout.write(`${severityLabel(f.severity, ctx.locale).padEnd(width)}  ${f.rule}  ${formatFinding(f, map, ctx.locale)}\n`);
      }
      const count = (s: string) => findings.filter((f) => f.severity === s).length;
      ctx.stdout.write(`${t('check.totals', { file, errors: count('error'), warnings: count('warning'), infos: count('info') })}\n`);
    }
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
} satisfies CommandRun;
