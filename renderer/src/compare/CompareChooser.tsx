/**
 * Compare with…: pick the other version. In the desktop app, for a file in a git repository, the
 * commits that changed it are listed beside the file choice; elsewhere the file choice opens at once.
 */
import { FolderOpen } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { translate, type Params } from '../../../src/i18n';
import { formatProblems, parseMap, type Locale } from '../../../src/model';
import { PlatformError, type FileCommit, type FileRef, type MapVersion, type Platform } from '../platform/types';
import { Dialog } from '../ui/Dialog';
import type { Version } from './CompareView';
import { COMPARE, type CompareKey } from './messages';

/** Another version's text as a map to compare, or the message saying why it cannot be one. */
export function toVersion(version: MapVersion, locale: Locale): { ok: true; version: Version } | { ok: false; message: string } {
  const parsed = parseMap(version.text);
  if (parsed.ok) return { ok: true, version: { name: version.name, map: parsed.map } };
  const problem = formatProblems(parsed.problems.slice(0, 3), parsed.total, locale, parsed.stopped).join('; ');
  return { ok: false, message: translate(COMPARE, locale, 'choose.invalid', { name: version.name, problem }) };
}

export interface ChooserHost {
  readonly platform: Platform;
  readonly locale: Locale;
  onChosen(version: Version): void;
  onError(message: string): void;
}

/** Reads a version the person picked; a cancelled pick is no error. */
export function useVersionPicker({ platform, locale, onChosen, onError }: ChooserHost) {
  const accept = useCallback(
    (version: MapVersion | null) => {
      if (!version) return;
      const result = toVersion(version, locale);
      if (result.ok) onChosen(result.version);
      else onError(result.message);
    },
    [locale, onChosen, onError],
  );
  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof PlatformError && error.reason === 'cancelled') return;
      onError(error instanceof Error ? error.message : String(error));
    },
    [onError],
  );
  const pickFile = useCallback(() => platform.openVersion().then(accept, fail), [platform, accept, fail]);
  const pickCommit = useCallback((ref: FileRef, oid: string) => platform.history!.read(ref, oid).then(accept, fail), [platform, accept, fail]);
  return { pickFile, pickCommit, fail };
}

export function CompareChooser({ host, file, onClose }: { host: ChooserHost; file: FileRef; onClose: () => void }) {
  const { platform, locale } = host;
  const t = (key: CompareKey, params?: Params) => translate(COMPARE, locale, key, params);
  const { pickFile, pickCommit, fail } = useVersionPicker(host);
  const [commits, setCommits] = useState<FileCommit[] | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    platform.history?.list(file).then(
      (list) => live && setCommits(list),
      (error: unknown) => {
        if (!live) return;
        setCommits(null);
        fail(error);
      },
    );
    return () => {
      live = false;
    };
  }, [platform, file, fail]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Dialog title={t('choose.title')} onClose={onClose} closeLabel={t('view.exit')} testId="compare-chooser" size="wide">
      <p className="cmp-choose__intro">{t('choose.intro')}</p>
      <button
        type="button"
        className="btn"
        data-testid="compare-choose-file"
        onClick={() => {
          onClose();
          void pickFile();
        }}
      >
        <FolderOpen size={16} aria-hidden="true" />
        <span>{t('choose.file')}</span>
      </button>
      {commits === null ? null : (
        <section className="cmp-choose__commits" aria-labelledby="cmp-commits-title">
          <h3 id="cmp-commits-title">{t('choose.commits')}</h3>
          {commits === undefined ? <p role="status">{t('choose.loading')}</p> : null}
          {commits?.length === 0 ? <p>{t('choose.noCommits')}</p> : null}
          <ol className="cmp-choose__list">
            {(commits ?? []).map((c) => (
              <li key={c.oid}>
                <button
                  type="button"
                  className="cmp-choose__commit"
                  data-testid="compare-commit"
                  onClick={() => {
                    onClose();
                    void pickCommit(file, c.oid);
                  }}
                >
                  <span className="cmp-choose__message">{c.message}</span>
                  <span className="cmp-choose__meta">
                    {t('choose.commit', { date: date.format(new Date(c.date)), author: c.author })} · <code>{c.oid.slice(0, 7)}</code>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </Dialog>
  );
}
