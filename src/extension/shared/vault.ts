// Encryption at rest for personal data (Decree 13/2023 security measures):
// AES-GCM 256 with a non-extractable key kept in IndexedDB, so the raw key
// never exists in script memory or on disk in readable form.
import { db, type Sealed } from './db.ts';

let keyPromise: Promise<CryptoKey> | undefined;

async function loadOrCreateKey(): Promise<CryptoKey> {
  const d = await db();
  const existing = (await d.get('meta', 'vaultKey')) as CryptoKey | undefined;
  if (existing) return existing;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  // Two contexts may race on first use: keep whichever key landed first.
  const tx = d.transaction('meta', 'readwrite');
  const again = (await tx.store.get('vaultKey')) as CryptoKey | undefined;
  if (again) { await tx.done; return again; }
  await tx.store.put(key, 'vaultKey');
  await tx.done;
  return key;
}

function key(): Promise<CryptoKey> {
  keyPromise ??= loadOrCreateKey();
  return keyPromise;
}

export async function sealBytes(bytes: ArrayBuffer | Uint8Array): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(), bytes as BufferSource);
  return { iv, data };
}

export async function openBytes(sealed: Sealed): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, await key(), sealed.data);
}

export function seal(value: unknown): Promise<Sealed> {
  return sealBytes(new TextEncoder().encode(JSON.stringify(value)));
}

export async function open<T>(sealed: Sealed): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await openBytes(sealed))) as T;
}
