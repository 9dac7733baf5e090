// Typed send/receive over runtime messaging, per the table in messages.ts.
import browser, { type Runtime } from 'webextension-polyfill';
import { decodeError, encodeError, toSafeError, UserError } from './errors.ts';
import { isEnvelope, messageSenders, type MessageType, type Reply, type Req, type Res, type SenderKind } from './messages.ts';

export async function send<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  const reply = (await browser.runtime.sendMessage({ sohoa: 1, type, payload })) as Reply<Res<K>> | undefined;
  if (!reply) throw new UserError('err_no_reply');
  if (!reply.ok) {
    const e = decodeError(reply.error);
    throw new UserError(e.key, e.args);
  }
  return reply.value;
}

export type Handlers = {
  [K in MessageType]?: (payload: Req<K>, sender: Runtime.MessageSender) => Promise<Res<K>>;
};

/** Who sent a message: an extension page (popup, options, offscreen) or a content script in a tab. */
export function senderKind(sender: Runtime.MessageSender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  const extensionOrigin = browser.runtime.getURL('');
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  if (sender.tab) return 'content';
  return null;
}

/**
 * Registers handlers. Returns undefined for messages this context does not
 * handle, so another context (e.g. the offscreen document) can answer them.
 */
export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((p: unknown, s: Runtime.MessageSender) => Promise<unknown>) | undefined;
    if (!handler) return undefined;
    if (senderKind(sender) !== messageSenders[message.type]) {
      return Promise.resolve({ ok: false, error: 'err_forbidden' });
    }
    return handler(message.payload, sender).then(
      (value) => ({ ok: true as const, value }),
      (err: unknown) => ({ ok: false as const, error: encodeError(toSafeError(err)) }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
