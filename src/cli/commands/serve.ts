/** `touchpoint serve FILE [--host H] [--port P]`: a room for a team to edit one map at once (issue #13). */
import { translate, type Params } from '../../i18n';
import { collabMessages, type CollabKey } from '../../i18n/collab';
import { builtRendererRoot, exitSignal, HostStartError, startCollabHost } from '../../collab/node/host';
import { parseArgs, UsageError } from '../args';
import type { CommandRun } from '../context';
import { readMapFile } from '../read-map';

export const serveCommand: CommandRun = {
  name: 'serve',
  async run(argv, ctx) {
    const t = (key: CollabKey, params?: Params) => translate(collabMessages, ctx.locale, key, params);
    const { positionals, flags } = parseArgs(argv, ['lang', 'host', 'port']);
    if (flags.has('help')) {
      ctx.stdout.write(`${t('serve.help')}\n`);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(t('serve.one-file'));
    const hostFlag = flags.get('host');
    const portFlag = flags.get('port');
    const host = typeof hostFlag === 'string' && hostFlag.length > 0 ? hostFlag : '127.0.0.1';
    let port = 0;
    if (portFlag !== undefined) {
      port = typeof portFlag === 'string' && /^\d{1,5}$/.test(portFlag) ? Number(portFlag) : -1;
      if (port < 0 || port > 65535) throw new UsageError(t('serve.bad-port', { value: String(portFlag) }));
    }
    // The file is checked first so a broken map is reported problem by problem, as `validate` does.
    const outcome = await readMapFile(file, ctx);
    if (outcome.kind !== 'ok') {
      ctx.stderr.write(`${outcome.lines.join('\n')}\n`);
      return outcome.kind === 'unreadable' ? 2 : 1;
    }
    let hostHandle;
    try {
      hostHandle = await startCollabHost({
        file,
        host,
        port,
        staticRoot: builtRendererRoot(),
        files: ctx.files,
        locale: ctx.locale,
        log: (line) => ctx.stderr.write(`${line}\n`),
      });
    } catch (error) {
      if (error instanceof HostStartError) {
        ctx.stderr.write(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
    ctx.stdout.write(`${t('join', { url: hostHandle.joinUrl })}\n`);
    await exitSignal();
    await hostHandle.close();
    return 0;
  },
};
