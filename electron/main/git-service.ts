/**
 * Compare with an earlier version from git, behind the IPC contract: the page names a file it opened
 * (an opaque id, never a path) and a commit id; the answer is the commit list or the map text as
 * the shared reader checked it, or a message in the person's language.
 */
import { basename } from 'node:path';
import { defineCatalog, translate, type Locale } from '../../src/i18n';
import type { FileCommitData, FileRefData, Outcome, VersionData } from '../shared/ipc-contract';
import { checkMapBytes } from './files/read-map';
import { fileHistory, readFileAt } from './git';

const gitMessages = defineCatalog(
  {
    'git.not-open': 'The history of “{name}” cannot be read: it was not opened or saved in this session.',
    'git.no-repository': '“{name}” is not in a git repository, so there are no earlier versions to compare with.',
    'git.no-commit': 'That commit is not in the repository of “{name}” (was the history rewritten?).',
    'git.not-in-commit': '“{name}” did not exist yet at that commit.',
    'git.failed': 'Could not read the git history of “{name}” ({detail}).',
    'git.version': '{name} at {commit}',
  },
  {
    'git.not-open': '无法读取“{name}”的历史：本次没有打开或保存过这个文件。',
    'git.no-repository': '“{name}”不在 git 仓库中，没有可供比较的早期版本。',
    'git.no-commit': '“{name}”所在的仓库里找不到这个提交（历史是否被改写过？）。',
    'git.not-in-commit': '在这个提交时还没有“{name}”这个文件。',
    'git.failed': '无法读取“{name}”的 git 历史（{detail}）。',
    'git.version': '{name}（提交 {commit}）',
  },
);

type GitKey = keyof (typeof gitMessages)['en'];

export interface GitServiceDeps {
  pathOf(ref: FileRefData): string | undefined;
  locale(): Locale;
  log(message: string): void;
}

export interface GitService {
  history(ref: FileRefData): Promise<Outcome<FileCommitData[] | null>>;
  read(ref: FileRefData, oid: string): Promise<Outcome<VersionData>>;
}

export function createGitService(deps: GitServiceDeps): GitService {
  const say = (key: GitKey, name: string, detail = '') => translate(gitMessages, deps.locale(), key, { name, detail });
  const failed = (name: string, e: unknown) => {
    deps.log(`git read for ${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
    return { ok: false as const, reason: 'io' as const, message: say('git.failed', name, e instanceof Error ? e.message : String(e)) };
  };
  return {
    async history(ref) {
      const path = deps.pathOf(ref);
      if (path === undefined) return { ok: false, reason: 'not-found', message: say('git.not-open', ref.name) };
      try {
        return { ok: true, value: await fileHistory(path) };
      } catch (e) {
        return failed(basename(path), e);
      }
    },
    async read(ref, oid) {
      const path = deps.pathOf(ref);
      if (path === undefined) return { ok: false, reason: 'not-found', message: say('git.not-open', ref.name) };
      const name = basename(path);
      try {
        const found = await readFileAt(path, oid);
        if (!found.ok) return { ok: false, reason: 'not-found', message: say(`git.${found.why}`, name) };
        const version = translate(gitMessages, deps.locale(), 'git.version', { name, commit: oid.slice(0, 7) });
        const checked = checkMapBytes(found.bytes, name, deps.locale());
        return checked.ok ? { ok: true, value: { name: version, text: checked.text } } : { ok: false, reason: checked.reason, message: checked.message };
      } catch (e) {
        return failed(name, e);
      }
    },
  };
}
