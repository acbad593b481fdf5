import { useTranslation } from 'react-i18next';
import type { SigningPublicViewAnswer } from '../../../api/flows.ts';
import { currentLang } from '../../../i18n/index.ts';
import { TieHistory } from '../../public/tie-history.tsx';
import { countryName, dateText, nameIn } from '../../../lib/labels.ts';

/**
 * What the public will read once the signing is saved, as the server read it back through the
 * portal's own policy: the partner's tie with its dated history, the agreement with who signed, and
 * the positions the new signatories will hold from the signing.
 */
export function SigningPreview({
  view,
  quote,
  sides,
}: {
  view: SigningPublicViewAnswer;
  quote: string;
  sides: Record<'home' | 'partner', string>;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { partner, tie, agreement, positions } = view;
  const hidden = (text: string) => (
    <p className="internal-note">
      <span className="badge internal">{t('flows.preview.internal')}</span> {text}
    </p>
  );
  return (
    <section aria-labelledby="flow-signing-preview-h" className="panel flow-preview">
      <h2 id="flow-signing-preview-h">{t('flows.preview.title')}</h2>
      <p role="status">{t('signing.preview.ready')}</p>
      {partner ? (
        <h3>
          {nameIn(partner.names, lang)} · {countryName(partner.country, lang)}
        </h3>
      ) : (
        hidden(t('signing.preview.placeInternal'))
      )}
      {tie ? (
        <div className="tie">
          <p>
            <strong>{t(`type.${tie.type}`)}</strong> · {t(`status.${tie.status}`)}
            {tie.established ? ` · ${t('partner.since', { date: dateText(tie.established, lang) })}` : ''}
          </p>
          <TieHistory history={tie.history} label={t('signing.preview.history')} />
        </div>
      ) : (
        hidden(t('flows.preview.tieInternal'))
      )}
      {agreement ? (
        <div className="agreement">
          <h3>{nameIn(agreement.titles, lang)}</h3>
          <p className="muted">
            {t(`agreementKind.${agreement.kind}`)}
            {agreement.signedOn ? ` · ${dateText(agreement.signedOn, lang)}` : ''}
          </p>
          <h4>{t('partner.signatories')}</h4>
          <ul aria-label={t('partner.signatories')}>
            {agreement.signatories.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: signatories have no id of their own; shown in their recorded order
              <li key={i}>
                {s.names ? nameIn(s.names, lang) : t('signing.preview.personInternal')}
                {Object.keys(s.title).length ? `, ${nameIn(s.title, lang)}` : ''} ({t('partner.onBehalfOf', { party: sides[s.side] })})
              </li>
            ))}
          </ul>
        </div>
      ) : (
        hidden(t('signing.preview.agreementInternal'))
      )}
      {positions.length ? (
        <>
          <h4 id="flow-signing-positions-h">{t('signing.preview.positions')}</h4>
          <ul aria-labelledby="flow-signing-positions-h">
            {positions.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a position to be recorded has no id yet; shown in the signatories' order
              <li key={i}>
                {t('signing.preview.position', {
                  person: p.names ? nameIn(p.names, lang) : t('signing.preview.personInternal'),
                  title: nameIn(p.title, lang),
                  date: p.from ? dateText(p.from, lang) : '—',
                })}{' '}
                ({t('partner.onBehalfOf', { party: sides[p.side] })})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <dl className="flow-preview-facts">
        <dt>{t('flows.preview.source')}</dt>
        <dd>{quote.trim() ? <blockquote>{quote.trim()}</blockquote> : '—'}</dd>
      </dl>
    </section>
  );
}
