/**
 * Compare with…, from the action to the view: asks for the other version (commit list or file),
 * then shows the compare view over the editor until Esc. The open map is never changed here.
 */
import { useEffect, useState } from 'react';
import { translate } from '../../../src/i18n';
import type { Locale, MapDocument } from '../../../src/model';
import type { FileRef, Platform } from '../platform/types';
import { CompareChooser, useVersionPicker } from './CompareChooser';
import { CompareView, type Version } from './CompareView';
import { COMPARE } from './messages';

export interface CompareHostProps {
  /** Goes up by one each time the person asks to compare. */
  readonly request: number;
  readonly platform: Platform;
  readonly file: FileRef | undefined;
  readonly map: MapDocument;
  readonly locale: Locale;
  readonly theme: 'light' | 'dark';
  onError(message: string): void;
  /** The compare view opened (true) or closed (false): the editor stands still meanwhile. */
  onActive(active: boolean): void;
}

export function CompareHost({ request, platform, file, map, locale, theme, onError, onActive }: CompareHostProps) {
  const [choosing, setChoosing] = useState(false);
  const [other, setOther] = useState<Version | null>(null);
  /** The other version is "before" unless swapped: an earlier commit, or the as-is beside a to-be. */
  const [otherFirst, setOtherFirst] = useState(true);
  const host = { platform, locale, onChosen: (v: Version) => (setOtherFirst(true), setOther(v)), onError };
  const { pickFile } = useVersionPicker(host);
  const gitFile = platform.history && file?.path ? file : undefined;

  useEffect(() => {
    if (request === 0) return;
    if (gitFile) setChoosing(true);
    else void pickFile();
    // Only a new request asks again.
  }, [request]);

  useEffect(() => onActive(other !== null), [other, onActive]);

  const current: Version = { name: file?.name ?? translate(COMPARE, locale, 'view.current'), map };
  return (
    <>
      {choosing && gitFile ? <CompareChooser host={host} file={gitFile} onClose={() => setChoosing(false)} /> : null}
      {other ? (
        <CompareView
          before={otherFirst ? other : current}
          after={otherFirst ? current : other}
          locale={locale}
          theme={theme}
          onSwap={() => setOtherFirst((x) => !x)}
          onExit={() => setOther(null)}
        />
      ) : null}
    </>
  );
}
