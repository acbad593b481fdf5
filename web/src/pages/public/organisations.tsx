import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '@records/organisation/organisation.schema.ts';
import { DataTable } from '../../components/data-table.tsx';
import { currentLang } from '../../i18n/index.ts';
import { sortedByName } from '@domain/collation.ts';
import { nameIn } from '../../lib/labels.ts';
import { ListPage } from './list-page.tsx';

export default function OrganisationsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <ListPage<Organisation> kind="organisation" title={t('organisations.title')}>
      {(organisations) => (
        <DataTable
          columns={[t('table.name'), t('organisations.kind'), t('organisations.memberCount')]}
          rows={sortedByName(organisations, (o) => nameIn(o.names, lang), lang)}
          row={(o) => (
            <tr key={o.id}>
              <td>
                <Link to={`/organisations/${o.id}`}>{nameIn(o.names, lang)}</Link>
              </td>
              <td>{t(`organisationKind.${o.kind}`)}</td>
              <td>{o.members.length}</td>
            </tr>
          )}
        />
      )}
    </ListPage>
  );
}
