import type { ItemSummary } from '../shared/messages.ts';
import { errorText, t } from '../shared/i18n.ts';
import { maskCode } from './masked-code.ts';
import type { PiiPolicy } from '../../core/pii/policy.ts';

function label(item: ItemSummary): string {
  return item.label.startsWith('source_') ? t(item.label) : item.label;
}

export function ItemList({ items, policy, onOpen }: { items: ItemSummary[] | null; policy: PiiPolicy; onOpen: (id: string) => void }) {
  if (!items) return <p class="empty">{t('loading')}</p>;
  if (items.length === 0) return <p class="empty">{t('noItems')}</p>;
  return (
    <ul class="items">
      {items.map((item) => (
        <li
          key={item.id}
          tabIndex={0}
          data-sohoa="item"
          data-sohoa-status={item.status}
          data-sohoa-id={item.id}
          onClick={() => onOpen(item.id)}
          onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') onOpen(item.id); }}
        >
          <div class="row-top">
            <strong>{label(item)}</strong>
            <span class={`status ${item.status}`}>{t(`status_${item.status}`)}</span>
          </div>
          {item.code && <div class="sub" data-sohoa="code">{maskCode(item.code, policy)}</div>}
          {item.status === 'extracting' && <progress max={1} value={item.progress ?? undefined} data-sohoa="progress" />}
          {item.error && <div class="err" data-sohoa="error">{errorText(item.error)}{item.status === 'failed' && item.attempts ? ` · ${t('attempts', String(item.attempts))}` : ''}</div>}
          <div class="sub">{new Date(item.createdAt).toLocaleString()}</div>
        </li>
      ))}
    </ul>
  );
}
