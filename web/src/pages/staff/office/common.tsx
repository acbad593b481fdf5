import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { todayUtc } from '@domain/precise-date.ts';
import { ApiError } from '../../../api/client.ts';
import { OutcomeLine, type Outcome } from '../../../components/page-title.tsx';
import { issueText } from '../../../lib/issues.ts';
import './office.css';
import { refetchAfterWrite } from '../../../api/queries.ts';

export { OutcomeLine, type Outcome };

/** Today in the browser's calendar, as YYYY-MM-DD. */
export const today = () => todayUtc(new Date(Date.now() - new Date().getTimezoneOffset() * 60_000));

/** What went wrong, in the user's language. */
export function errorText(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    if (err.issues[0]) return issueText({ ...err.issues[0], path: err.issues[0].path.filter((p) => p !== 'body') }, t);
    return t(`apiError.${err.code}`, { defaultValue: t('common.failed', { message: err.message }) });
  }
  return t('common.failed', { message: err instanceof Error ? err.message : String(err) });
}

/** Runs an action, keeps its outcome, and refreshes what it changed. */
export function useAction() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, done: string, refresh: readonly string[] = []): Promise<boolean> => {
    setBusy(true);
    setOutcome(null);
    try {
      await action();
      setOutcome({ ok: true, text: done });
      await Promise.all(refresh.map((key) => refetchAfterWrite(client, { queryKey: [key] })));
      return true;
    } catch (err) {
      setOutcome({ ok: false, text: errorText(err, t) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, outcome, setOutcome, busy };
}

/** A small mark that the content is internal: never shown to the public. */
export function InternalMark() {
  const { t } = useTranslation();
  return <span className="internal-mark">{t('office.internal')}</span>;
}
