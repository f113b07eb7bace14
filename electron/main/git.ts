/**
 * Earlier versions of a map file from the git repository it sits in, read with isomorphic-git (pure
 * JavaScript: nothing is run, so a repository's hooks, config or PATH never come into play). Only
 * reads: no checkout, no index, no lock, so a repository someone is working in is never disturbed.
 */
import * as fs from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import git from 'isomorphic-git';
import { COMMIT_ID } from '../shared/ipc-contract';

export interface FileCommit {
  /** The full 40-character commit id. */
  readonly oid: string;
  /** Author time, ms since epoch. */
  readonly date: number;
  readonly author: string;
  /** The commit message's first line. */
  readonly message: string;
}

/** A history list long enough to reach back a quarter or two, short enough to read in a dialog. */
export const HISTORY_LIMIT = 200;

interface Located {
  readonly dir: string;
  /** The file's path inside the repository, with forward slashes as git writes them. */
  readonly filepath: string;
}

/** The repository a file is in, or null (no repository, or the folder cannot be read). */
export async function locate(path: string): Promise<Located | null> {
  let dir: string;
  try {
    dir = await git.findRoot({ fs, filepath: dirname(path) });
  } catch {
    return null;
  }
  const filepath = relative(dir, path).split(sep).join('/');
  return filepath.startsWith('../') ? null : { dir, filepath };
}

/**
 * The commits on the current branch that changed the file, newest first; null when the file is not in
 * a git repository; an empty list when it was never committed (or the branch has no commit yet).
 */
export async function fileHistory(path: string, limit = HISTORY_LIMIT): Promise<FileCommit[] | null> {
  const at = await locate(path);
  if (!at) return null;
  try {
    const commits = await git.log({ fs, dir: at.dir, filepath: at.filepath, depth: limit, follow: true, cache: {} });
    return commits.map(({ oid, commit }) => ({
      oid,
      date: commit.author.timestamp * 1000,
      author: commit.author.name,
      message: commit.message.split('\n', 1)[0]!.trim(),
    }));
  } catch (e) {
    // A file added but never committed, an unborn branch: there is no earlier version to offer.
    if (isGitError(e, 'NotFoundError')) return [];
    throw e;
  }
}

export type ReadAt = { ok: true; bytes: Uint8Array } | { ok: false; why: 'no-repository' | 'no-commit' | 'not-in-commit' };

/** The file's bytes as they were at a commit. */
export async function readFileAt(path: string, oid: string): Promise<ReadAt> {
  if (!COMMIT_ID.test(oid)) return { ok: false, why: 'no-commit' };
  const at = await locate(path);
  if (!at) return { ok: false, why: 'no-repository' };
  try {
    await git.readCommit({ fs, dir: at.dir, oid });
  } catch (e) {
    if (isGitError(e, 'NotFoundError') || isGitError(e, 'ObjectTypeError')) return { ok: false, why: 'no-commit' };
    throw e;
  }
  try {
    const { blob } = await git.readBlob({ fs, dir: at.dir, oid, filepath: at.filepath });
    return { ok: true, bytes: blob };
  } catch (e) {
    if (isGitError(e, 'NotFoundError') || isGitError(e, 'ObjectTypeError')) return { ok: false, why: 'not-in-commit' };
    throw e;
  }
}

function isGitError(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
