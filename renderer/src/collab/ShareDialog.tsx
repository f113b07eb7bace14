/**
 * File ▸ Share on Local Network…: choose who can join (this computer only, or one network
 * connection by name and address), start and stop the room, hand out the join address (text to
 * select, Copy, QR code) and see who is in the room. The desktop app only; the browser says it
 * cannot host. What starting and stopping do to the window: share-flow.ts.
 */
import QRCode from 'qrcode';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useApp, useT } from '../app/context';
import type { DocumentController } from '../app/document';
import { SHARE_UI } from '../i18n/share-ui';
import { PlatformError, type ShareInterface, type ShareStatus } from '../platform/types';
import { Dialog } from '../ui/Dialog';
import { useCollab, usePeers } from './context';
import { browserNavigation, startSharing, stopSharing, type ShareNavigation } from './share-flow';
import './share.css';

export interface ShareDialogProps {
  readonly document: DocumentController;
  readonly onClose: () => void;
  /** How the window moves into its room and back (a reload); tests pass their own. */
  readonly navigation?: ShareNavigation;
}

/** The interface to offer first: the running room's, else this computer only (nothing leaves it until chosen). */
export function defaultChoice(status: ShareStatus | null): string {
  return status?.interfaceId ?? status?.interfaces[0]?.id ?? 'loopback';
}

/** The QR code of `text` as an SVG data URL: an <img>, never markup put into the page. */
export function useQrCode(text: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (text === null) {
      setUrl(null);
      return undefined;
    }
    void QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => live && setUrl(null),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return url;
}

export function ShareDialog({ document: controller, onClose, navigation }: ShareDialogProps) {
  const { platform, store } = useApp();
  const t = useT(SHARE_UI);
  const share = platform.share;
  const collab = useCollab();
  const peers = usePeers();
  const session = useSyncExternalStore(controller.subscribe, controller.getSession);
  const dirty = useSyncExternalStore(store.subscribe, () => store.getState().dirty);
  const [status, setStatus] = useState<ShareStatus | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'starting' | 'stopping' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const addressRef = useRef<HTMLInputElement>(null);
  const nav = useRef(navigation ?? browserNavigation()).current;

  useEffect(() => {
    if (!share) return undefined;
    let live = true;
    void share.status().then((s) => live && setStatus(s));
    const off = share.onChange((s) => setStatus(s));
    return () => {
      live = false;
      off();
    };
  }, [share]);

  const qr = useQrCode(status?.running ? status.joinUrl : null);
  const chosen = choice ?? defaultChoice(status);
  const file = session.file;

  const start = async () => {
    if (!share || !file) return;
    setError(null);
    setBusy('starting');
    try {
      // The host reads the file: what is on screen must be in it first.
      if (store.getState().dirty && !(await controller.save())) return;
      setStatus(await startSharing(share, file, chosen, nav));
    } catch (e) {
      setError(e instanceof PlatformError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const stop = async () => {
    if (!share) return;
    setError(null);
    setBusy('stopping');
    try {
      setStatus(await stopSharing(share, nav, collab !== null));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const copy = async () => {
    const input = addressRef.current;
    if (!input) return;
    input.focus();
    input.select();
    // The desktop page holds no clipboard permission; copying a selection is the browser's own edit.
    let done = globalThis.document.execCommand('copy');
    if (!done) done = await navigator.clipboard?.writeText(input.value).then(
      () => true,
      () => false,
    );
    setCopied(done ? 'yes' : 'failed');
  };

  const describe = (i: ShareInterface) =>
    i.id === 'loopback'
      ? { label: t('where.local'), detail: t('where.local.detail', { address: i.address }) }
      : { label: t('where.interface', { name: i.name }), detail: t('where.interface.detail', { address: i.address }) };

  return (
    <Dialog title={t('title')} onClose={onClose} closeLabel={t('close')} testId="share-dialog" className="share-dialog">
      {!share ? (
        <p data-testid="share-cannot-host">{t('cannot-host')}</p>
      ) : status?.running ? (
        <>
          <p className="share-dialog__file" data-testid="share-running">
            {t('shared', { file: status.fileName ?? '' })}
          </p>
          <p className="share-dialog__warning" role="note" data-testid="share-warning">
            {t('warning')}
          </p>
          <div className="share-dialog__link">
            <div className="share-dialog__address">
              <label htmlFor="share-address">{t('address')}</label>
              <div className="share-dialog__copy">
                <input id="share-address" ref={addressRef} readOnly value={status.joinUrl ?? ''} data-testid="share-address" onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
                <button type="button" className="btn" onClick={() => void copy()} data-testid="share-copy">
                  {copied === 'yes' ? t('copied') : t('copy')}
                </button>
              </div>
              {copied === 'failed' ? <p role="alert">{t('copy.failed')}</p> : null}
              {status.interfaceId === 'loopback' ? <p className="share-dialog__hint">{t('local.only')}</p> : null}
            </div>
            {qr ? <img className="share-dialog__qr" src={qr} alt={t('qr')} width={148} height={148} data-testid="share-qr" /> : null}
          </div>
          <section className="share-dialog__people" aria-labelledby="share-people">
            <h3 id="share-people">
              {t('people')} <span className="share-dialog__count">{t('people.count', { count: status.people })}</span>
            </h3>
            {peers.length > 0 ? (
              <ul data-testid="share-people">
                {peers.map((p) => (
                  <li key={p.clientId}>
                    <span className="share-dialog__dot" style={{ background: p.colour }} aria-hidden="true" />
                    {p.isSelf ? t('people.you', { name: p.name }) : p.name}
                  </li>
                ))}
              </ul>
            ) : null}
            {peers.filter((p) => !p.isSelf).length === 0 ? <p className="share-dialog__hint">{t('people.none')}</p> : null}
          </section>
          {error ? <p role="alert">{error}</p> : null}
          <div className="modal__actions">
            <button type="button" className="btn btn--danger" disabled={busy !== null} onClick={() => void stop()} data-testid="share-stop">
              {busy === 'stopping' ? t('stopping') : t('stop')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('intro')}</p>
          {!file ? (
            <p className="share-dialog__warning" role="note" data-testid="share-not-saved">
              {t('not-saved')}{' '}
              <button type="button" className="btn btn--small" onClick={() => void controller.saveAs()}>
                {t('save-first')}
              </button>
            </p>
          ) : null}
          <fieldset className="share-dialog__where" disabled={busy !== null}>
            <legend>{t('where')}</legend>
            {(status?.interfaces ?? []).map((i) => {
              const { label, detail } = describe(i);
              return (
                <label key={i.id} className="share-dialog__choice">
                  <input type="radio" name="share-interface" value={i.id} checked={chosen === i.id} onChange={() => setChoice(i.id)} data-testid={`share-interface-${i.id}`} />
                  <span>
                    <strong>{label}</strong>
                    <span className="share-dialog__detail">{detail}</span>
                  </span>
                </label>
              );
            })}
            {status && status.interfaces.length <= 1 ? <p className="share-dialog__hint">{t('where.none')}</p> : null}
          </fieldset>
          {file && dirty ? <p className="share-dialog__hint">{t('unsaved')}</p> : null}
          {error ? (
            <p role="alert" className="share-dialog__error" data-testid="share-error">
              {error}
            </p>
          ) : null}
          <div className="modal__actions">
            <button type="button" className="btn btn--primary" disabled={!file || !status || busy !== null} onClick={() => void start()} data-testid="share-start">
              {busy === 'starting' ? t('starting') : t('start')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
