import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's heading, also set as the document's title. */
export function PageTitle({ children, text, sub }: { children?: ReactNode; text: string; sub?: ReactNode }) {
  useEffect(() => {
    if (text) document.title = text;
  }, [text]);
  return (
    <div className="page-title">
      <h1>{children ?? text}</h1>
      {sub ? <p className="subtitle">{sub}</p> : null}
    </div>
  );
}

export function QueryState({ loading, error }: { loading: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (loading) return <p role="status" className="loading">{t('common.loading')}</p>;
  if (error) return <p role="alert" className="error">{t('common.failed', { message: error instanceof Error ? error.message : String(error) })}</p>;
  return null;
}
