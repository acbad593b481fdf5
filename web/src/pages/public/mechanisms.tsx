import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Mechanism } from '@records/mechanism/mechanism.schema.ts';
import { useAll } from '../../api/queries.ts';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';

export default function MechanismsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const list = useAll<Mechanism>('mechanism');
  return (
    <div>
      <PageTitle text={t('mechanisms.title')} sub={t('mechanisms.intro')} />
      <QueryState loading={list.isLoading} error={list.error} />
      <ul className="cards">
        {(list.data ?? []).map((m) => (
          <li key={m.id}>
            <h2><Link to={`/mechanisms/${m.id}`}>{nameIn(m.names, lang)}</Link></h2>
            <p className="muted">{t('mechanisms.members', { count: m.members.length })}{m.established ? ` · ${t('partner.since', { date: dateText(m.established, lang) })}` : ''}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
