import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntityKind } from '@records/kinds.ts';
import { PARTNERSHIP_TYPES } from '@records/partnership/partnership.schema.ts';
import type { CheckResult } from '@contract/claims.ts';
import { COLLECTION } from '../../api/kinds.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { currentLang } from '../../i18n/index.ts';
import { dateText } from '../../lib/labels.ts';

export type Claim = CheckResult['claims'][number];
export type Verdict = Claim['verdict'];
export const VERDICTS: readonly Verdict[] = ['supported', 'contradicted', 'ambiguous', 'unknown'];

/** Each verdict has a symbol as well as a colour, so that no one needs the colour to read it. */
export const VERDICT_ICON: Record<Verdict, string> = { supported: '✓', contradicted: '✗', ambiguous: '≈', unknown: '?' };

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <span className={`verdict-badge v-${verdict}`}>
      <span aria-hidden="true" className="claim-icon">
        {VERDICT_ICON[verdict]}
      </span>{' '}
      {t(`claims.verdict.${verdict}`)}
    </span>
  );
}

/** The language of the checker's notes the page shows: its own. */
const noteLang = (): 'zh' | 'en' => (currentLang() === 'zh' ? 'zh' : 'en');

/** The checker's note in the language the page is read in. */
export function noteOf(claim: Claim): string {
  return claim.notes[noteLang()];
}

/** Where a record of the evidence opens: its public page, or its editor for staff. */
function recordPath(entity: EntityKind, id: string, staff: boolean): string | null {
  if (entity === 'place') return `/partners/${id}`;
  if (entity === 'organisation') return `/organisations/${id}`;
  if (entity === 'mechanism') return `/mechanisms/${id}`;
  if (entity === 'event') return `/events/${id}`;
  return staff ? `/staff/records/${COLLECTION[entity]}/${id}` : null;
}

/** What the claim says, as the checker read it: its date at its precision and a tie's rank. */
function Reading({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const n = claim.normalised as {
    date?: string | null;
    type?: string | null;
    typeWords?: string | null;
    title?: string;
    year?: number | null;
  };
  const parts: string[] = [];
  if (n.date) parts.push(t('claims.reading.date', { date: dateText(n.date, lang) }));
  if (n.type === 'ambiguous') parts.push(t('claims.reading.ambiguousType', { words: n.typeWords ?? '' }));
  else if (n.type && (PARTNERSHIP_TYPES as readonly string[]).includes(n.type))
    parts.push(t('claims.reading.type', { type: t(`type.${n.type}`) }));
  if (n.title) parts.push(t('claims.reading.title', { title: n.title }));
  if (n.year) parts.push(t('claims.reading.year', { year: n.year }));
  return parts.length ? <p className="muted">{parts.join(' · ')}</p> : null;
}

/** One claim: its verdict, its words, the checker's note and the evidence with its sources. */
export function ClaimDetail({ claim, actions }: { claim: Claim; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const staff = hasRole(me, 'viewer');
  return (
    <div className={`claim-detail v-${claim.verdict}`}>
      <p>
        <VerdictBadge verdict={claim.verdict} /> <span className="muted">{t(`claims.kind.${claim.kind}`)}</span>
      </p>
      <blockquote lang={claim.lang === 'zh' ? 'zh-CN' : 'en'}>{claim.text}</blockquote>
      <Reading claim={claim} />
      <p>
        <strong>{t('claims.note')}</strong> <span>{noteOf(claim)}</span>
      </p>
      {claim.evidence.length ? (
        <>
          <p>
            <strong>{t('claims.evidence')}</strong>
          </p>
          <ul className="evidence">
            {claim.evidence.map((e, i) => {
              const path = recordPath(e.entity, e.id, staff);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: one record can be evidence twice with different details; the list is fixed for a result
                <li key={`${e.entity}-${e.id}-${i}`}>
                  <span className="muted">{t(`kinds.${e.entity}`)}: </span>
                  {path ? <Link to={path}>{e.label[noteLang()]}</Link> : e.label[noteLang()]}
                  {e.detail ? <span className="muted"> · {e.detail[noteLang()]}</span> : null}
                  {e.sources.length ? (
                    <ul>
                      {e.sources.map((s) => (
                        <li key={s.id}>
                          {s.url ? (
                            <a href={s.url} rel="noreferrer noopener">
                              {s.title}
                            </a>
                          ) : (
                            s.title
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="muted">{t('claims.noEvidence')}</p>
      )}
      {actions}
    </div>
  );
}
