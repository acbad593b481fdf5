import { useTranslation } from 'react-i18next';
import { isPreciseDate } from '@domain/precise-date.ts';
import { currentLang } from '../../../i18n/index.ts';
import { countryName, dateText } from '../../../lib/labels.ts';
import { useAreas } from '../../../lib/use-areas.ts';
import { partnerNames, type PartnerDraft } from './draft.ts';

/**
 * What the public will see once the partner is saved: the line of the partners' table and the
 * partner page's source, as published; what stays internal is marked so.
 */
export function PartnerPreview({ draft }: { draft: PartnerDraft }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { label } = useAreas();
  const names = partnerNames(draft);
  const country = draft.creating ? draft.newPlace.country : (draft.found?.country ?? '');
  const since = isPreciseDate(draft.established.trim()) ? dateText(draft.established.trim(), lang) : t('common.unknownDate');
  const internal = draft.visibility === 'internal';
  const counted = draft.status !== 'proposed';
  return (
    <section aria-labelledby="flow-preview-h" className="panel flow-preview">
      <h2 id="flow-preview-h">{t('flows.preview.title')}</h2>
      {internal ? (
        <p className="internal-note">
          <span className="badge internal">{t('flows.preview.internal')}</span> {t('flows.preview.tieInternal')}
        </p>
      ) : null}
      <table aria-label={t('flows.preview.line')} className={internal ? 'internal-line' : undefined}>
        <thead>
          <tr>
            <th scope="col">{t('flows.preview.nameZh')}</th>
            <th scope="col">{t('flows.preview.nameEn')}</th>
            <th scope="col">{t('flows.preview.country')}</th>
            <th scope="col">{t('flows.preview.type')}</th>
            <th scope="col">{t('flows.preview.since')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td lang="zh">{names.zh ?? '—'}</td>
            <td lang="en">{names.en ?? '—'}</td>
            <td>{country ? countryName(country, lang) : '—'}</td>
            <td>{t(`type.${draft.type}`)}</td>
            <td>{since}</td>
          </tr>
        </tbody>
      </table>
      <dl className="flow-preview-facts">
        <dt>{t('flows.preview.status')}</dt>
        <dd>
          {t(`status.${draft.status}`)}
          {counted ? null : <span className="muted"> — {t('flows.preview.notCounted')}</span>}
        </dd>
        <dt>{t('flows.preview.areas')}</dt>
        <dd>{draft.areas.length ? draft.areas.map((a) => label(a, lang)).join(t('flows.preview.listJoin')) : '—'}</dd>
        <dt>{t('flows.preview.source')}</dt>
        <dd>
          {draft.quote.trim() ? <blockquote>{draft.quote.trim()}</blockquote> : '—'}
          {draft.title.trim() && draft.sourceMode !== 'existing' ? <p>{draft.title.trim()}</p> : null}
        </dd>
        {draft.note.trim() ? (
          <>
            <dt>
              {t('flows.preview.note')} <span className="badge internal">{t('flows.preview.internal')}</span>
            </dt>
            <dd>{draft.note.trim()}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
