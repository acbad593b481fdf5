import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteTitle } from './layout.tsx';

/** The page's heading, also the document's title (with the site's name after it). */
export function PageTitle({ children, text, sub }: { children?: ReactNode; text: string; sub?: ReactNode }) {
  const site = useSiteTitle();
  useEffect(() => {
    document.title = text && text !== site ? `${text} · ${site}` : site;
  }, [text, site]);
  return (
    <div className="page-title">
      <h1>{children ?? text}</h1>
      {sub ? <p className="subtitle">{sub}</p> : null}
    </div>
  );
}

export function QueryState({ loading, error }: { loading: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (loading)
    return (
      <p role="status" className="loading">
        {t('common.loading')}
      </p>
    );
  if (error)
    return (
      <p role="alert" className="error">
        {t('common.failed', { message: error instanceof Error ? error.message : String(error) })}
      </p>
    );
  return null;
}

/** The answer to an action: whether it worked, and what to say. */
export interface Outcome {
  ok: boolean;
  text: string;
}

/** The answer to the last action: a status when it worked, an alert when it did not. */
export function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return (
    <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'ok' : 'error'}>
      {outcome.text}
    </p>
  );
}
