import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CheckResult } from '@contract/claims.ts';
import { api, ApiError } from '../../api/client.ts';
import { COLLECTION } from '../../api/kinds.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Field, InputField } from '../../components/fields.tsx';
import { OutcomeLine, PageTitle } from '../../components/page-title.tsx';
import { currentLang } from '../../i18n/index.ts';
import { canCreate, prefillFor, type EditorState } from '../../lib/claim-prefill.ts';
import { claimTree, groupClaims, type ClaimGroup, type TextNode } from '../../lib/claim-spans.ts';
import { issueText } from '../../lib/issues.ts';
import { dateText } from '../../lib/labels.ts';
import { ClaimDetail, noteOf, VERDICT_ICON, VERDICTS, VerdictBadge, type Claim, type Verdict } from './check-claims.tsx';
import './check.css';

const DRAFT_KEY = 'amity.checkText';
const RANK: Record<Verdict, number> = { contradicted: 0, ambiguous: 1, unknown: 2, supported: 3 };
const worst = (claims: Claim[]): Verdict => claims.map((c) => c.verdict).sort((a, b) => RANK[a] - RANK[b])[0] ?? 'unknown';
const markId = (group: number) => `claim-mark-${group}`;

interface SourceRef {
  id: string;
  title: string;
  created?: boolean;
}

/** The text with its claims as nested marks; each group of claims is one keyboard stop. */
function MarkedText({
  text,
  claims,
  groups,
  onShow,
  shown,
}: {
  text: string;
  claims: Claim[];
  groups: ClaimGroup[];
  onShow(group: number | null, pin?: boolean): void;
  shown: number | null;
}) {
  const { t } = useTranslation();
  const tree = useMemo(() => claimTree(text, groups), [text, groups]);
  const render = (nodes: TextNode[], depth: number): ReactNode[] =>
    nodes.map((node) => {
      if (node.type === 'text') return node.text;
      const group = groups[node.group]!;
      const members = group.claims.map((c) => claims[c]!);
      const verdicts = [...new Set(members.map((c) => c.verdict))].sort((a, b) => RANK[a] - RANK[b]);
      return (
        // biome-ignore lint/a11y/useKeyWithClickEvents: a group's first mark is a tab stop, and focusing it does what the click does (onFocus)
        <mark
          key={`${node.group}-${node.start}`}
          id={node.first ? markId(node.group) : undefined}
          className={`claim v-${worst(members)}${depth ? ' inner' : ''}${shown === node.group ? ' shown' : ''}`}
          data-group={node.group}
          data-verdict={verdicts.join(' ')}
          tabIndex={node.first ? 0 : undefined}
          aria-describedby={node.first ? `claim-desc-${node.group}` : undefined}
          onFocus={(e) => {
            e.stopPropagation();
            onShow(node.group, true);
          }}
          onMouseOver={(e) => {
            e.stopPropagation();
            onShow(node.group);
          }}
          onClick={(e) => {
            e.stopPropagation();
            onShow(node.group, true);
          }}
        >
          {node.first ? (
            <span aria-hidden="true" className="claim-icon">
              {verdicts.map((v) => VERDICT_ICON[v]).join('')}
            </span>
          ) : null}
          {render(node.children, depth + 1)}
        </mark>
      );
    });
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: moving the mouse off the text only ends the hover preview; from the keyboard, focus moves instead */}
      <div className="claim-text" onMouseLeave={() => onShow(null)}>
        {render(tree, 0)}
      </div>
      <div hidden>
        {groups.map((g, i) => (
          <span key={`${g.start}:${g.end}`} id={`claim-desc-${i}`}>
            {g.claims
              .map((c) => `${t(`claims.verdict.${claims[c]!.verdict}`)}, ${t(`claims.kind.${claims[c]!.kind}`)}: ${noteOf(claims[c]!)}`)
              .join('; ')}
          </span>
        ))}
      </div>
    </>
  );
}

/** For editors: add the text as a source, and create what a claim names that the registry lacks. */
function useEditorActions(text: string, result: CheckResult | null) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [source, setSource] = useState<SourceRef | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setSource(result?.source ?? null);
    setMessage(null);
  }, [result]);

  const addSource = async (extra: { url?: string; title?: string } = {}): Promise<SourceRef | null> => {
    try {
      const r = await api<{ created: boolean; source: { id: string; title: string } }>('/api/sources/ingest', {
        method: 'POST',
        body: { content: text, ...extra },
      });
      const added = { id: r.source.id, title: r.source.title, created: r.created };
      setSource(added);
      setMessage({
        ok: true,
        text: r.created ? t('claims.source.added', { title: r.source.title }) : t('claims.source.exists', { title: r.source.title }),
      });
      return added;
    } catch (err) {
      setMessage({
        ok: false,
        text:
          err instanceof ApiError
            ? t('common.failed', { message: err.issues[0] ? issueText(err.issues[0], t) : err.message })
            : String(err),
      });
      return null;
    }
  };

  const create = async (claim: Claim) => {
    const prefill = prefillFor(claim, result?.home?.id ?? null);
    if (!prefill) return;
    const cited = source ?? (await addSource());
    const state: EditorState = { prefill, ...(cited ? { cite: { sourceId: cited.id, quote: claim.text.slice(0, 2000) } } : {}) };
    navigate(`/staff/records/${COLLECTION[prefill.kind]}/${prefill.id ?? 'new'}`, { state });
  };
  return { source, message, addSource, create };
}

function CreateButton({ claim, onCreate }: { claim: Claim; onCreate(claim: Claim): void }) {
  const { t } = useTranslation();
  if (!canCreate(claim)) return null;
  return (
    <button type="button" className="create-missing" onClick={() => onCreate(claim)}>
      {t(`claims.create.${claim.kind}`)}
    </button>
  );
}

function SourceForm({ onAdd }: { onAdd(extra: { url?: string; title?: string }): Promise<unknown> }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    await onAdd({ ...(url.trim() ? { url: url.trim() } : {}), ...(title.trim() ? { title: title.trim() } : {}) });
    setBusy(false);
  };
  return (
    <form onSubmit={submit} className="source-form" aria-labelledby="add-source-h">
      <h3 id="add-source-h">{t('claims.source.add')}</h3>
      <div className="row">
        <InputField id="source-url" type="url" label={t('claims.source.url')} value={url} onChange={setUrl} />
        <InputField id="source-title" label={t('claims.source.title')} value={title} onChange={setTitle} />
      </div>
      <button type="submit" disabled={busy}>
        {t('claims.source.submit')}
      </button>
    </form>
  );
}

export default function CheckPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const editor = hasRole(me, 'editor');
  const [text, setText] = useState(() => sessionStorage.getItem(DRAFT_KEY) ?? '');
  const [checked, setChecked] = useState<{ text: string; result: CheckResult } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<'text' | 'list'>('text');
  const [filter, setFilter] = useState<Verdict | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const result = checked?.result ?? null;
  const actions = useEditorActions(checked?.text ?? '', result);
  const groups = useMemo(() => groupClaims(result?.claims ?? []), [result]);
  const groupOf = useMemo(() => {
    const map = new Map<number, number>();
    for (const [i, g] of groups.entries()) {
      for (const c of g.claims) map.set(c, i);
    }
    return map;
  }, [groups]);

  useEffect(() => sessionStorage.setItem(DRAFT_KEY, text), [text]);
  // A new result is announced by moving to its heading.
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (checked) resultHeading.current?.focus();
  }, [checked]);

  const check = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError(t('claims.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await api<CheckResult>('/api/check', { method: 'POST', body: { text } });
      setChecked({ text, result: r });
      setPinned(null);
      setHovered(null);
    } catch (err) {
      setError(
        t('common.failed', {
          message: err instanceof ApiError ? (err.issues[0] ? issueText(err.issues[0], t) : err.message) : String(err),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const show = (group: number | null, pin = false) => {
    if (pin) setPinned(group);
    setHovered(group);
  };
  const showInText = (claimIndex: number) => {
    const group = groupOf.get(claimIndex);
    if (group === undefined) return;
    setView('text');
    setPinned(group);
    setTimeout(() => document.getElementById(markId(group))?.focus(), 0);
  };
  const shown = hovered ?? pinned;
  const createButton = (claim: Claim) => (editor ? <CreateButton claim={claim} onCreate={(c) => void actions.create(c)} /> : null);
  const listed = (result?.claims ?? []).map((c, i) => ({ c, i })).filter(({ c }) => !filter || c.verdict === filter);

  return (
    <div className="check-page">
      <PageTitle text={t('claims.title')} sub={t('claims.intro')} />
      <form onSubmit={check} className="check-form" aria-label={t('claims.formLabel')}>
        <Field id="check-text" label={t('claims.textLabel')} hint={t('claims.textHint')}>
          <textarea id="check-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="check-text-hint" />
        </Field>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('claims.submit')}
          </button>
          {busy ? <span role="status">{t('claims.checking')}</span> : null}
        </div>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
      </form>

      {result ? (
        <section aria-labelledby="check-result-h" className="check-result">
          <h2 id="check-result-h" ref={resultHeading} tabIndex={-1}>
            {t('claims.resultTitle', { count: result.claims.length, date: dateText(result.asOf, lang) })}
          </h2>
          {/* biome-ignore lint/a11y/useSemanticElements: toggle buttons outside any form; a <fieldset> would take the bordered box styles.css gives fieldsets */}
          <div role="group" aria-label={t('claims.counts')} className="verdict-counts">
            {VERDICTS.map((v) => (
              <button
                key={v}
                type="button"
                className={`count v-${v}`}
                aria-pressed={filter === v}
                onClick={() => {
                  setFilter(filter === v ? null : v);
                  setView('list');
                }}
              >
                <span aria-hidden="true" className="claim-icon">
                  {VERDICT_ICON[v]}
                </span>{' '}
                {t(`claims.verdict.${v}`)} <strong>{result.counts[v]}</strong>
              </button>
            ))}
          </div>

          {result.source ? (
            <p className="muted">
              {t('claims.source.known')}{' '}
              {hasRole(me, 'viewer') ? (
                <Link to={`/staff/records/sources/${result.source.id}`}>{result.source.title}</Link>
              ) : (
                result.source.title
              )}
            </p>
          ) : null}
          {editor ? (
            <div className="editor-actions">
              {!actions.source ? <SourceForm onAdd={actions.addSource} /> : null}
              <OutcomeLine outcome={actions.message} />
              {actions.source && !result.source ? (
                <p>
                  <Link to={`/staff/records/sources/${actions.source.id}`}>{actions.source.title}</Link>
                </p>
              ) : null}
            </div>
          ) : null}

          {/* biome-ignore lint/a11y/useSemanticElements: toggle buttons outside any form; a <fieldset> would take the bordered box styles.css gives fieldsets */}
          <div role="group" aria-label={t('claims.view')} className="tool-group view-switch">
            <button type="button" aria-pressed={view === 'text'} onClick={() => setView('text')}>
              {t('claims.inText')}
            </button>
            <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
              {t('claims.asList')}
            </button>
          </div>

          {view === 'text' ? (
            <div className="check-columns">
              <section aria-labelledby="claim-text-h">
                <h3 id="claim-text-h" className="visually-hidden">
                  {t('claims.inText')}
                </h3>
                <p className="hint">{t('claims.textHelp')}</p>
                <MarkedText text={result.text} claims={result.claims} groups={groups} shown={shown} onShow={show} />
              </section>
              <aside aria-labelledby="claim-panel-h" className="claim-panel">
                <h3 id="claim-panel-h">{t('claims.details')}</h3>
                {shown === null || !groups[shown] ? (
                  <p className="muted">{t('claims.pick')}</p>
                ) : (
                  groups[shown]!.claims.map((c) => (
                    <ClaimDetail key={c} claim={result.claims[c]!} actions={createButton(result.claims[c]!)} />
                  ))
                )}
              </aside>
            </div>
          ) : (
            <section aria-labelledby="claim-list-h">
              <h3 id="claim-list-h" className="visually-hidden">
                {t('claims.asList')}
              </h3>
              {filter ? (
                <p>
                  {t('claims.filtered', { verdict: t(`claims.verdict.${filter}`) })}{' '}
                  <button type="button" onClick={() => setFilter(null)}>
                    {t('claims.showAll')}
                  </button>
                </p>
              ) : null}
              <DataTable
                scroll
                className="claim-list"
                caption={t('claims.asList')}
                hideCaption
                rows={listed}
                columns={[
                  t('claims.col.verdict'),
                  t('claims.col.kind'),
                  t('claims.col.claim'),
                  t('claims.col.note'),
                  <span key="actions" className="visually-hidden">
                    {t('claims.col.actions')}
                  </span>,
                ]}
                row={({ c, i }) => (
                  <tr key={i} className={`v-${c.verdict}`}>
                    <td>
                      <VerdictBadge verdict={c.verdict} />
                    </td>
                    <td>{t(`claims.kind.${c.kind}`)}</td>
                    <th scope="row" lang={c.lang === 'zh' ? 'zh-CN' : 'en'} className="claim-words">
                      {c.text}
                    </th>
                    <td>{noteOf(c)}</td>
                    <td>
                      <button
                        type="button"
                        onClick={() => showInText(i)}
                        aria-label={t('claims.showInTextOf', { text: c.text.slice(0, 60) })}
                      >
                        {t('claims.showInText')}
                      </button>
                      {createButton(c)}
                    </td>
                  </tr>
                )}
              />
            </section>
          )}
        </section>
      ) : null}
    </div>
  );
}
