import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicatePair, DuplicatePairs, MergeReport, Merges, MergeSummary } from '@contract/names.ts';
import { api, ApiError } from '../../api/client.ts';
import { COLLECTION } from '../../api/kinds.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { useConfirm } from '../../components/confirm.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { OutcomeLine, PageTitle, QueryState } from '../../components/page-title.tsx';
import { Section } from '../../components/section.tsx';
import { currentLang } from '../../i18n/index.ts';
import { nameIn } from '../../lib/labels.ts';
import type { EntityKind } from '@records/kinds.ts';
import { RecordDetail, useRecordDetail } from './duplicate-record.tsx';
import { refetchAfterWrite } from '../../api/queries.ts';

const editorPath = (kind: EntityKind, id: string) => `/staff/records/${COLLECTION[kind]}/${id}`;
const errorText = (err: unknown) => (err instanceof ApiError ? err.message : String(err));

/** One pair: which record stays, and the merge. */
function PairRow({ pair, onMerged }: { pair: DuplicatePair; onMerged(message: string): void }) {
  const { t } = useTranslation();
  const uid = useId();
  const [keep, setKeep] = useState<'a' | 'b'>('a');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { dialog, ask } = useConfirm();
  const survivor = keep === 'a' ? pair.a : pair.b;
  const duplicate = keep === 'a' ? pair.b : pair.a;
  const details = { a: useRecordDetail(pair.kind, pair.a.id), b: useRecordDetail(pair.kind, pair.b.id) };
  const merge = async () => {
    const names = {
      duplicate: duplicate.name,
      survivor: survivor.name,
      duplicateDetail: details[keep === 'a' ? 'b' : 'a'] || t(`kinds.${pair.kind}`),
      survivorDetail: details[keep] || t(`kinds.${pair.kind}`),
    };
    const sure = await ask({
      title: t('duplicates.confirmMerge.title', names),
      body: t('duplicates.confirmMerge.body', names),
      confirm: t('duplicates.confirmMerge.confirm'),
    });
    if (!sure) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api<MergeReport>('/api/merges', { method: 'POST', body: { survivorId: survivor.id, duplicateId: duplicate.id } });
      onMerged(
        t('duplicates.merged', { duplicate: duplicate.name, survivor: survivor.name, rewritten: r.rewritten, citations: r.citationsMoved }),
      );
    } catch (err) {
      setError(t('common.failed', { message: errorText(err) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="pair" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>
        <Link to={editorPath(pair.kind, pair.a.id)}>{pair.a.name}</Link>
        {' · '}
        <Link to={editorPath(pair.kind, pair.b.id)}>{pair.b.name}</Link>
        <span className="muted"> ({t(`kinds.${pair.kind}`)})</span>
      </h3>
      <p>
        {t('duplicates.reason')} {pair.reason}
      </p>
      <fieldset className="choice">
        <legend>{t('duplicates.keep')}</legend>
        {(['a', 'b'] as const).map((side) => (
          <label key={side} htmlFor={`${uid}-${side}`}>
            <input type="radio" id={`${uid}-${side}`} name={`${uid}-keep`} checked={keep === side} onChange={() => setKeep(side)} />{' '}
            {pair[side].name} <RecordDetail kind={pair.kind} id={pair[side].id} />
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary" disabled={busy} onClick={() => void merge()}>
        {t('duplicates.merge', { duplicate: duplicate.name, survivor: survivor.name })}
      </button>
      {dialog}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** Pairs of records that are likely the same (GET /api/duplicates), merged here; administrators undo merges. */
export default function DuplicatesPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const client = useQueryClient();
  const admin = hasRole(me, 'admin');
  const pairs = useQuery({ queryKey: ['duplicates', lang], queryFn: () => api<DuplicatePairs>(`/api/duplicates?lang=${lang}`) });
  const merges = useQuery({ queryKey: ['merges'], queryFn: () => api<Merges>('/api/merges?limit=20') });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { dialog, ask } = useConfirm();

  const refresh = async () => {
    await refetchAfterWrite(client, { queryKey: ['duplicates'] });
    await refetchAfterWrite(client, { queryKey: ['merges'] });
    await refetchAfterWrite(client, { queryKey: ['all'] });
    client.removeQueries({ queryKey: ['record'] });
  };
  const undo = async (m: MergeSummary) => {
    const names = { duplicate: nameIn(m.duplicate.names, lang), survivor: nameIn(m.survivor.names, lang) };
    const sure = await ask({
      title: t('duplicates.confirmUndo.title', names),
      body: t('duplicates.confirmUndo.body', names),
      confirm: t('duplicates.confirmUndo.confirm'),
    });
    if (!sure) return;
    setMessage(null);
    try {
      await api(`/api/merges/${m.id}/undo`, { method: 'POST' });
      setMessage({
        ok: true,
        text: t('duplicates.undone', { duplicate: nameIn(m.duplicate.names, lang), survivor: nameIn(m.survivor.names, lang) }),
      });
      await refresh();
    } catch (err) {
      setMessage({ ok: false, text: t('common.failed', { message: errorText(err) }) });
    }
  };

  return (
    <div className="duplicates-page">
      <PageTitle text={t('duplicates.title')} sub={t('duplicates.intro')} />
      {dialog}
      <OutcomeLine outcome={message} />
      <Section id="pairs-h" title={t('duplicates.pairs')}>
        {!pairs.data ? (
          <QueryState loading={pairs.isLoading} error={pairs.error} />
        ) : pairs.data.items.length === 0 ? (
          <p>{t('duplicates.none')}</p>
        ) : (
          <ul className="cards pairs">
            {pairs.data.items.map((p) => (
              <PairRow
                key={`${p.a.id}~${p.b.id}`}
                pair={p}
                onMerged={(text) => {
                  setMessage({ ok: true, text });
                  void refresh();
                }}
              />
            ))}
          </ul>
        )}
      </Section>
      <Section id="merges-h" title={t('duplicates.latest')}>
        {!merges.data ? (
          <QueryState loading={merges.isLoading} error={merges.error} />
        ) : (
          <DataTable
            scroll
            caption={t('duplicates.latest')}
            hideCaption
            rows={merges.data.items}
            empty={<p>{t('duplicates.noMerges')}</p>}
            columns={[t('duplicates.col.kept'), t('duplicates.col.merged'), t('duplicates.col.when'), t('duplicates.col.state')]}
            row={(m) => (
              <tr key={m.id}>
                <th scope="row">
                  <Link to={editorPath(m.kind, m.survivor.id)}>{nameIn(m.survivor.names, lang) || t('duplicates.unnamed')}</Link>
                </th>
                <td>{nameIn(m.duplicate.names, lang) || t('duplicates.unnamed')}</td>
                <td>
                  {new Date(m.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')} · {m.by}
                </td>
                <td>
                  {m.undoneAt ? (
                    t('duplicates.wasUndone')
                  ) : admin ? (
                    <button type="button" onClick={() => void undo(m)}>
                      {t('duplicates.undo', { duplicate: nameIn(m.duplicate.names, lang), survivor: nameIn(m.survivor.names, lang) })}
                    </button>
                  ) : (
                    t('duplicates.adminUndo')
                  )}
                </td>
              </tr>
            )}
          />
        )}
      </Section>
    </div>
  );
}
