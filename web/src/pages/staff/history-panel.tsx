import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EntityKind } from '@records/kinds.ts';
import { api } from '../../api/client.ts';
import { COLLECTION } from '../../api/kinds.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';

interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  version: number | null;
  changes: unknown;
}

const brief = (v: unknown) => {
  const text = v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
};

/** The record's audit trail: who changed which fields, when, from what to what. */
export function HistoryPanel({ kind, id, version }: { kind: EntityKind; id: string; version: number }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const editor = hasRole(me, 'editor');
  const history = useQuery({
    queryKey: ['history', kind, id, version],
    queryFn: () => api<{ items: AuditEntry[] }>(`/api/${COLLECTION[kind]}/${id}/history`),
    enabled: editor,
  });
  if (!editor) return null;
  const format = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="history-h" className="panel">
      <h2 id="history-h">{t('history.title')}</h2>
      <ol className="audit">
        {[...(history.data?.items ?? [])].reverse().map((entry) => {
          const changes =
            entry.changes && typeof entry.changes === 'object'
              ? Object.entries(entry.changes as Record<string, { before?: unknown; after?: unknown }>)
              : [];
          return (
            <li key={entry.id}>
              <p>
                <strong>{t(`audit.${entry.action}`, { defaultValue: entry.action })}</strong> · {entry.actor} ·{' '}
                {format.format(new Date(entry.at))}
                {entry.version ? ` · v${entry.version}` : ''}
              </p>
              {changes.length ? (
                <details>
                  <summary>{t('history.fields', { count: changes.length })}</summary>
                  <DataTable
                    columns={[t('conflict.field'), t('history.before'), t('history.after')]}
                    rows={changes}
                    row={([field, c]) => (
                      <tr key={field}>
                        <th scope="row">{t(`field.${field}`, { defaultValue: field })}</th>
                        <td>{brief(c?.before)}</td>
                        <td>{brief(c?.after)}</td>
                      </tr>
                    )}
                  />
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
