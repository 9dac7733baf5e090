// Local audit log: who did what to which item, never with values.
import { db, type AuditRecord } from '../shared/db.ts';

export async function audit(entry: Omit<AuditRecord, 'id' | 'at'>): Promise<void> {
  await (await db()).add('audit', { ...entry, at: new Date().toISOString() });
}
