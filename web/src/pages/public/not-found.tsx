import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title.tsx';

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle text={t('notFound.title')} />
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </div>
  );
}
