import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntityKind } from '@records/kinds.ts';
import type { DuplicateCandidate, DuplicateCandidates } from '@contract/names.ts';
import { api } from '../api/client.ts';
import { COLLECTION } from '../api/kinds.ts';
import { currentLang } from '../i18n/index.ts';
import { nameIn } from '../lib/labels.ts';
import { SCHEMAS } from '../lib/schemas.ts';
import { useDebouncedTask } from './use-debounced.ts';
import './likely-duplicates.css';

/** A record the one being made is likely a second copy of, and why (`likelyDuplicates`, POST /api/duplicates/check). */
export type Candidate = DuplicateCandidate;

export const NAMED_KINDS: readonly EntityKind[] = ['place', 'organisation', 'person', 'mechanism'];
const DEBOUNCE_MS = 500;

/** While a new record is drafted, the records it is likely a copy of, checked as its names change. */
export function useDuplicateCheck(kind: EntityKind, draft: Record<string, unknown> | null, enabled: boolean): Candidate[] {
  const lang = currentLang();
  const [found, setFound] = useState<Candidate[]>([]);
  const parsed = enabled && draft && NAMED_KINDS.includes(kind) ? SCHEMAS[kind].safeParse(draft) : null;
  const body = parsed?.success ? JSON.stringify(parsed.data) : null;
  useEffect(() => {
    if (!body) setFound([]);
  }, [body]);
  useDebouncedTask(body ? `${kind} ${lang} ${body}` : null, DEBOUNCE_MS, (signal) => {
    if (!body) return;
    api<DuplicateCandidates>('/api/duplicates/check', { method: 'POST', body: { kind, record: JSON.parse(body) as unknown, lang }, signal })
      .then((r) => setFound(r.items))
      .catch(() => undefined);
  });
  return found;
}

/** The likely duplicates, each with its reason and a link to it, and a way to the merge page. */
export function LikelyDuplicates({ kind, items, saved }: { kind: EntityKind; items: Candidate[]; saved: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (!items.length) return null;
  return (
    <section aria-labelledby="likely-h" className="likely-duplicates">
      <h2 id="likely-h">{t('duplicates.likelyTitle', { count: items.length })}</h2>
      <p>{saved ? t('duplicates.likelySaved') : t('duplicates.likelyDraft')}</p>
      <ul>
        {items.map((c) => (
          <li key={c.id}>
            <Link to={`/staff/records/${COLLECTION[kind]}/${c.id}`}>{c.allNames ? nameIn(c.allNames, lang) || c.name : c.name}</Link>
            {' — '}
            <span>{c.reason}</span>
          </li>
        ))}
      </ul>
      {saved ? (
        <p>
          <Link to="/staff/duplicates">{t('duplicates.goMerge')}</Link>
        </p>
      ) : null}
    </section>
  );
}
