/**
 * Wraps every IPC handler: the message must come from our own page's main frame and its arguments
 * must match the contract's schema. Anything else is logged and refused before the handler runs.
 */
import { INVOKE, SEND, type InvokeArgs, type InvokeChannel, type InvokeResult, type SendArgs, type SendChannel } from '../shared/ipc-contract';

/** What the router reads from an Electron IpcMainEvent / IpcMainInvokeEvent. */
export interface IpcEventLike<S> {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  readonly sender: S;
}

export interface RouterOptions {
  isTrustedUrl(url: string): boolean;
  log(message: string): void;
}

export type InvokeHandlers<S> = {
  [C in InvokeChannel]: (sender: S, ...args: InvokeArgs<C>) => Promise<InvokeResult<C>> | InvokeResult<C>;
};
export type SendHandlers<S> = { [C in SendChannel]: (sender: S, ...args: SendArgs<C>) => void };

export class IpcRejection extends Error {
  constructor(channel: string) {
    super(`Touchpoint refused a malformed or untrusted message on "${channel}"`);
    this.name = 'IpcRejection';
  }
}

/** Why a message is refused, or null when it may be handled. */
export function checkSender<S>(event: IpcEventLike<S>, options: RouterOptions): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  if (frame.parent) return `a sub-frame sent it (${frame.url})`;
  if (!options.isTrustedUrl(frame.url)) return `an untrusted page sent it (${frame.url})`;
  return null;
}

function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(arguments)'}: ${i.message}`)
    .join('; ');
}

export function guardInvoke<S, C extends InvokeChannel>(
  channel: C,
  handler: InvokeHandlers<S>[C],
  options: RouterOptions,
): (event: IpcEventLike<S>, ...raw: unknown[]) => Promise<InvokeResult<C>> {
  return async (event, ...raw) => {
    const refusal = checkSender(event, options);
    if (refusal) {
      options.log(`ipc ${channel} refused: ${refusal}`);
      throw new IpcRejection(channel);
    }
    const parsed = INVOKE[channel].args.safeParse(raw);
    if (!parsed.success) {
      options.log(`ipc ${channel} refused: ${describeIssues(parsed.error)}`);
      throw new IpcRejection(channel);
    }
    const call = handler as (sender: S, ...args: unknown[]) => Promise<InvokeResult<C>> | InvokeResult<C>;
    return call(event.sender, ...(parsed.data as unknown[]));
  };
}

export function guardSend<S, C extends SendChannel>(
  channel: C,
  handler: SendHandlers<S>[C],
  options: RouterOptions,
): (event: IpcEventLike<S>, ...raw: unknown[]) => void {
  return (event, ...raw) => {
    const refusal = checkSender(event, options);
    if (refusal) {
      options.log(`ipc ${channel} refused: ${refusal}`);
      return;
    }
    const parsed = SEND[channel].safeParse(raw);
    if (!parsed.success) {
      options.log(`ipc ${channel} refused: ${describeIssues(parsed.error)}`);
      return;
    }
    const call = handler as (sender: S, ...args: unknown[]) => void;
    call(event.sender, ...(parsed.data as unknown[]));
  };
}

/** Registers every channel of the contract; a missing handler is a type error, not a silent gap. */
export function registerIpc<S>(
  ipc: {
    handle(channel: string, listener: (event: IpcEventLike<S>, ...args: unknown[]) => unknown): void;
    on(channel: string, listener: (event: IpcEventLike<S>, ...args: unknown[]) => void): void;
  },
  invoke: InvokeHandlers<S>,
  send: SendHandlers<S>,
  options: RouterOptions,
): void {
  for (const channel of Object.keys(INVOKE) as InvokeChannel[]) {
    ipc.handle(channel, guardInvoke(channel, invoke[channel], options));
  }
  for (const channel of Object.keys(SEND) as SendChannel[]) {
    ipc.on(channel, guardSend(channel, send[channel], options));
  }
}
