// Installation id and the result-code serial. The serial is incremented inside
// one IndexedDB transaction, so two confirmations can never get the same number,
// and it is never reset, so a code never repeats within an installation.
import { newInstallId } from '../../core/result/code-template.ts';
import { db } from '../shared/db.ts';

export async function installId(): Promise<string> {
  const d = await db();
  const tx = d.transaction('meta', 'readwrite');
  let id = (await tx.store.get('installId')) as string | undefined;
  if (!id) {
    id = newInstallId();
    await tx.store.put(id, 'installId');
  }
  await tx.done;
  return id;
}

export async function nextSerial(): Promise<number> {
  const d = await db();
  const tx = d.transaction('meta', 'readwrite');
  const next = (((await tx.store.get('serial')) as number | undefined) ?? 0) + 1;
  await tx.store.put(next, 'serial');
  await tx.done;
  return next;
}
