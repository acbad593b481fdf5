import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Mechanism } from '@records/mechanism/mechanism.schema.ts';
import { currentLang } from '../../i18n/index.ts';
import { sortedByName } from '@domain/collation.ts';
import { dateText, nameIn } from '../../lib/labels.ts';
import { ListPage } from './list-page.tsx';

export default function MechanismsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <ListPage<Mechanism> kind="mechanism" title={t('mechanisms.title')} sub={t('mechanisms.intro')}>
      {(mechanisms) => (
        <ul className="cards">
          {sortedByName(mechanisms, (m) => nameIn(m.names, lang), lang).map((m) => (
            <li key={m.id}>
              <h2>
                <Link to={`/mechanisms/${m.id}`}>{nameIn(m.names, lang)}</Link>
              </h2>
              <p className="muted">
                {t('mechanisms.members', { count: m.members.length })}
                {m.established ? ` · ${t('partner.since', { date: dateText(m.established, lang) })}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </ListPage>
  );
}
