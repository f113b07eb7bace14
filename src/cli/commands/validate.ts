import { translate } from '../../i18n';
import { cliMessages } from '../../i18n/cli';
import { CURRENT_VERSION } from '../../model';
import { parseArgs } from '../args';
import type { CommandRun } from '../context';
import { readMapFile, refusalToJson, type JsonRefusal } from '../read-map';

type JsonReport = { file: string; valid: true; readable: true; problems: [] } | JsonRefusal;

export const validateCommand: CommandRun = {
  name: 'validate',
  async run(argv, ctx) {
    const { positionals, flags } = parseArgs(argv, ['lang']);
    const t = (key: Parameters<typeof translate<keyof (typeof cliMessages)['en']>>[2], params?: Record<string, string | number>) =>
      translate(cliMessages, ctx.locale, key, params);
    if (flags.has('help')) {
      ctx.stdout.write(`${t('validate.help')}\n`);
      return 0;
    }
    if (positionals.length === 0) {
      ctx.stderr.write(`${t('usage-error', { detail: t('no-files'), command: 'validate' })}\n`);
      return 2;
    }
    const json = flags.has('json');
    let exit = 0;
    const reports: JsonReport[] = [];
    for (const file of positionals) {
      const outcome = await readMapFile(file, ctx);
      if (outcome.kind === 'ok') {
        const { map } = outcome;
        const line =
          outcome.migratedFrom === undefined
            ? t('valid', { file, touchpoints: map.touchpoints.length, stages: map.stages.length, lanes: map.lanes.length })
            : t('valid-migrated', { file, from: outcome.migratedFrom, to: CURRENT_VERSION });
        if (json) reports.push({ file, valid: true, readable: true, problems: [] });
        else ctx.stdout.write(`${line}\n`);
        continue;
      }
      exit = Math.max(exit, outcome.kind === 'unreadable' ? 2 : 1);
      if (json) {
        reports.push(refusalToJson(file, outcome, ctx));
      } else {
        ctx.stderr.write(`${outcome.lines.join('\n')}\n`);
      }
    }
    if (json) ctx.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
    return exit;
  },
};
