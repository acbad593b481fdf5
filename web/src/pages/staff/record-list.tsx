import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { COLLECTION, kindOfCollection } from '../../api/kinds.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { InputField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useLabelled } from '../../lib/record-labels.ts';

type Meta = { version?: number; updatedAt?: string; visibility?: string; country?: string; kind?: string };

export default function RecordList() {
  const { collection } = useParams();
  const kind = kindOfCollection(collection ?? '');
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [search, setSearch] = useState('');
  const { options, loading } = useLabelled(kind ?? 'place', Boolean(kind));
  if (!kind) return <p role="alert">{t('notFound.title')}</p>;
  const needle = search.trim().toLowerCase();
  const rows = options.filter((o) => !needle || o.label.toLowerCase().includes(needle));
  const format = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' });
  return (
    <div>
      <PageTitle text={t(`kinds.${kind}`)} />
      <div className="table-tools">
        <InputField id="list-search" type="search" label={t('home.search')} value={search} onChange={setSearch} />
        {hasRole(me, 'editor') ? (
          <Link className="button primary" to={`/staff/records/${COLLECTION[kind]}/new`}>
            {t('editor.new', { kind: t(`kinds.${kind}`) })}
          </Link>
        ) : null}
      </div>
      <p role="status" className="muted">
        {loading ? t('common.loading') : t('list.count', { count: rows.length })}
      </p>
      <DataTable
        scroll
        columns={[t('table.name'), t('field.kind'), t('field.visibility'), t('list.updated'), t('list.version')]}
        rows={rows}
        row={(o) => {
          const r = o.record as Meta;
          return (
            <tr key={o.id}>
              <td>
                <Link to={`/staff/records/${COLLECTION[kind]}/${o.id}`}>{o.label}</Link>
              </td>
              <td>{r.kind ? t(`value.${r.kind}`) : ''}</td>
              <td>{r.visibility ? t(`value.${r.visibility}`) : ''}</td>
              <td>{r.updatedAt ? format.format(new Date(r.updatedAt)) : ''}</td>
              <td>{r.version}</td>
            </tr>
          );
        }}
      />
    </div>
  );
}
