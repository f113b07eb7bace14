/** `touchpoint diff OLD NEW [--json] [--fail-on regression]`: what changed between two versions of a map. */
import { diffMaps, isRegression } from '../../diff';
import { formatChange, formatDiff, sectionOf } from '../../diff/format';
import { translate, type Params } from '../../i18n';
import { interchangeMessages, type InterchangeKey } from '../../i18n/interchange';
import { parseArgs, UsageError } from '../args';
import type { CommandRun } from '../context';
import { readMapFile } from '../read-map';

export const diffCommand = {
  name: 'diff',
  async run(argv, ctx) {
    const t = (key: InterchangeKey, params?: Params) => translate(interchangeMessages, ctx.locale, key, params);
    const { positionals, flags } = parseArgs(argv, ['lang', 'fail-on']);
    if (flags.has('help')) {
      ctx.stdout.write(`${t('diff.help')}\n`);
      return 0;
    }
    if (positionals.length !== 2) throw new UsageError(t('diff.two-files'));
    const failOn = flags.get('fail-on');
    if (failOn !== undefined && failOn !== 'regression') throw new UsageError(t('diff.bad-fail-on', { value: String(failOn) }));
    const [oldFile, newFile] = positionals as [string, string];

    const older = await readMapFile(oldFile, ctx);
    const newer = await readMapFile(newFile, ctx);
    if (older.kind !== 'ok' || newer.kind !== 'ok') {
      const errors = [older, newer].flatMap((o) => (o.kind === 'ok' ? [] : o.lines));
      ctx.stderr.write(`${errors.join('\n')}\n`);
      return 2;
    }
    const versions = { before: older.map, after: newer.map };
    const diff = diffMaps(versions.before, versions.after);

    if (flags.has('json')) {
      const changes = diff.changes.map((change) => ({
        ...change,
        section: sectionOf(change),
        regression: isRegression(change),
        message: formatChange(change, versions, ctx.locale),
      }));
      ctx.stdout.write(`${JSON.stringify({ old: oldFile, new: newFile, regressions: diff.regressions.length, changes }, null, 2)}\n`);
    } else if (diff.changes.length === 0) {
      ctx.stdout.write(`${t('diff.none', { old: oldFile, new: newFile })}\n`);
    } else {
      const out = [t('diff.header', { old: oldFile, new: newFile, changes: diff.changes.length, regressions: diff.regressions.length })];
      for (const section of formatDiff(diff, versions, ctx.locale)) {
        out.push('', section.title, ...section.lines.map((line) => `  ${section.section === 'regressions' ? '!' : '-'} ${line}`));
      }
      ctx.stdout.write(`${out.join('\n')}\n`);
    }
    if (failOn === 'regression') return diff.regressions.length > 0 ? 1 : 0;
    return diff.changes.length > 0 ? 1 : 0;
  },
} satisfies CommandRun;
