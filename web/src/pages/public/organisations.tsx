import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '@records/organisation/organisation.schema.ts';
import { useAll } from '../../api/queries.ts';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { currentLang } from '../../i18n/index.ts';
import { nameIn } from '../../lib/labels.ts';

export default function OrganisationsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const list = useAll<Organisation>('organisation');
  return (
    <div>
      <PageTitle text={t('organisations.title')} />
      <QueryState loading={list.isLoading} error={list.error} />
      <table className="data">
        <thead><tr><th scope="col">{t('table.name')}</th><th scope="col">{t('organisations.kind')}</th><th scope="col">{t('organisations.memberCount')}</th></tr></thead>
        <tbody>
          {(list.data ?? []).map((o) => (
            <tr key={o.id}>
              <td><Link to={`/organisations/${o.id}`}>{nameIn(o.names, lang)}</Link></td>
              <td>{t(`organisationKind.${o.kind}`)}</td>
              <td>{o.members.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
