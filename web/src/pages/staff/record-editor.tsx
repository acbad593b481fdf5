import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { COLLECTION, kindOfCollection } from '../../api/kinds.ts';
import { usePlaceNames } from '../../api/list-page.ts';
import { useRecord, refetchAfterWrite } from '../../api/queries.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { ConflictPanel } from '../../components/conflict.tsx';
import { FactsList } from '../../components/facts-panel.tsx';
import { LikelyDuplicates, NAMED_KINDS, useDuplicateCheck, type Candidate } from '../../components/likely-duplicates.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { SchemaForm, type Errors } from '../../components/schema-form.tsx';
import { currentLang } from '../../i18n/index.ts';
import type { EditorState } from '../../lib/claim-prefill.ts';
import { issueText, type Issue } from '../../lib/issues.ts';
import { emptyValue, pathKey, setAt, type Path } from '../../lib/json-schema.ts';
import { recordLabel, type AnyRecord } from '../../lib/record-labels.ts';
import { dataOf, jsonSchemaOf, SCHEMAS } from '../../lib/schemas.ts';
import type { Names } from '@domain/common.ts';
import { CitationsPanel } from './citations-panel.tsx';
import { HistoryPanel } from './history-panel.tsx';
import { RecordExtras, withOutsideChange } from './office/record-extras.tsx';

type Data = Record<string, unknown>;
interface Conflict {
  theirs: Data;
  version: number;
}
/** What a page that sent the user here asks of the editor: fields to start with, a source to cite; after a create, what it found. */
type NavState = EditorState & { created?: number; cited?: boolean; likely?: Candidate[] };

/** The record with an item added to one of its lists, as a claim asks. */
function appended(data: Data, append: { field: string; item: Data }): Data {
  const list = Array.isArray(data[append.field]) ? (data[append.field] as unknown[]) : [];
  return { ...data, [append.field]: [...list, append.item] };
}

const canEditNamed = (kind: string) => (NAMED_KINDS as readonly string[]).includes(kind);

/** One editor per record: moving to another record starts afresh. */
const NO_NAMES = new Map<string, Names>();

export default function RecordEditorPage() {
  const { collection, id } = useParams();
  return <RecordEditor key={`${collection}/${id ?? 'new'}`} />;
}

function RecordEditor() {
  const { collection, id } = useParams();
  const location = useLocation();
  const kind = kindOfCollection(collection ?? '');
  const { t } = useTranslation();
  const lang = currentLang();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { me } = useSession();
  const record = useRecord<Data>(kind ?? 'place', kind ? id : undefined);
  const schema = useMemo(() => (kind ? jsonSchemaOf(kind) : null), [kind]);
  const [base, setBase] = useState<Data | null>(null);
  const [draft, setDraft] = useState<Data | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<Errors>(new Map());
  const [summary, setSummary] = useState<string[]>([]);
  const nav = (location.state as NavState | null) ?? {};
  const justCreated = nav.created;
  const prefill = nav.prefill && nav.prefill.kind === kind && (nav.prefill.id ?? null) === (id ?? null) ? nav.prefill : null;
  const [status, setStatus] = useState<string | null>(
    justCreated
      ? [t('editor.saved', { version: justCreated }), nav.cited ? t('claims.cited') : ''].filter(Boolean).join(' ')
      : prefill
        ? t('claims.prefilled')
        : null,
  );
  const [cite, setCite] = useState(prefill ? (nav.cite ?? null) : null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!kind || !schema || base !== null) return;
    if (!id) {
      const blank = emptyValue(schema) as Data;
      setBase(blank);
      setDraft(prefill?.data ? { ...blank, ...prefill.data } : blank);
      setVersion(null);
    } else if (record.data) {
      const data = dataOf(kind, record.data);
      setBase(data);
      setDraft(prefill?.append ? appended(data, prefill.append) : data);
      setVersion(record.data.version as number);
    }
  }, [kind, id, schema, record.data, base, prefill]);
  const drafted = useDuplicateCheck(kind ?? 'place', draft, Boolean(kind && !id && canEditNamed(kind) && hasRole(me, 'editor')));

  // A tie is named by its two places.
  const tie = kind === 'partnership' ? (draft as AnyRecord | null) : null;
  const placeNames = usePlaceNames([tie?.placeAId ?? '', tie?.placeBId ?? ''].filter(Boolean)).data ?? NO_NAMES;

  if (!kind || !schema) return <p role="alert">{t('notFound.title')}</p>;
  if (id && !draft) return <QueryState loading={record.isLoading} error={record.error} />;
  if (!draft) return null;

  const canEdit = hasRole(me, 'editor');
  const showIssues = (issues: (Issue & { path: readonly PropertyKey[] })[]) => {
    const map: Errors = new Map();
    for (const issue of issues) {
      const key = pathKey(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
      map.set(key, [...(map.get(key) ?? []), issueText(issue, t)]);
    }
    setErrors(map);
    setSummary([...map.entries()].map(([path, messages]) => `${fieldLabel(path)}: ${messages.join(' ')}`));
    setTimeout(() => summaryRef.current?.focus(), 0);
  };
  const fieldLabel = (path: string) =>
    path
      .split('.')
      .map((p) => (/^\d+$/.test(p) ? String(Number(p) + 1) : ['zh', 'en', 'ru'].includes(p) ? t(`lang.${p}`) : t(`field.${p}`)))
      .join(' › ');

  const save = async (data: Data, basedOn: number | null) => {
    setStatus(null);
    const parsed = SCHEMAS[kind].safeParse(data, { reportInput: true });
    if (!parsed.success) {
      showIssues(parsed.error.issues);
      return;
    }
    setErrors(new Map());
    setSummary([]);
    setBusy(true);
    try {
      const saved = id
        ? await api<Data & { id: string; version: number }>(`/api/${COLLECTION[kind]}/${id}`, {
            method: 'PUT',
            body: parsed.data,
            version: basedOn ?? undefined,
          })
        : await api<Data & { id: string; version: number; likelyDuplicates?: Candidate[] }>(`/api/${COLLECTION[kind]}`, {
            method: 'POST',
            body: parsed.data,
          });
      // A record made or completed from a claim cites the text the claim came from.
      let cited = false;
      if (cite) {
        await api('/api/citations', {
          method: 'POST',
          body: { sourceId: cite.sourceId, entity: kind, entityId: saved.id, field: null, quote: cite.quote, value: null },
        });
        await refetchAfterWrite(client, { queryKey: ['citations', kind, saved.id] });
        setCite(null);
        cited = true;
      }
      const stored = dataOf(kind, saved);
      setBase(stored);
      setDraft(stored);
      setVersion(saved.version);
      setConflict(null);
      setStatus([t('editor.saved', { version: saved.version }), cited ? t('claims.cited') : ''].filter(Boolean).join(' '));
      await refetchAfterWrite(client, { queryKey: ['all', kind] });
      client.removeQueries({ queryKey: ['record', kind, saved.id] });
      const likely = (saved as { likelyDuplicates?: Candidate[] }).likelyDuplicates ?? [];
      if (!id)
        navigate(`/staff/records/${COLLECTION[kind]}/${saved.id}`, {
          replace: true,
          state: { created: saved.version, cited, likely } satisfies NavState,
        });
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        const current = await api<Data & { version: number }>(`/api/${COLLECTION[kind]}/${id}`);
        setConflict({ theirs: dataOf(kind, current), version: current.version });
      } else if (err instanceof ApiError && err.issues.length) {
        showIssues(err.issues.map((i) => ({ ...i, path: i.path[0] === 'body' ? i.path.slice(1) : i.path })));
      } else {
        setSummary([
          err instanceof ApiError ? t(`apiError.${err.code}`, { defaultValue: t('common.failed', { message: err.message }) }) : String(err),
        ]);
        setTimeout(() => summaryRef.current?.focus(), 0);
      }
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(draft, version);
  };
  const onChange = (path: Path, value: unknown) => setDraft((d) => setAt(d, path, value) as Data);
  const title = id
    ? recordLabel(kind, { ...draft, id } as AnyRecord, lang, placeNames) || t(`kinds.${kind}`)
    : t('editor.new', { kind: t(`kinds.${kind}`) });

  return (
    <div className="editor">
      <PageTitle text={title} sub={id ? t('editor.version', { kind: t(`kinds.${kind}`), version }) : undefined} />
      <p>
        <Link to={`/staff/records/${COLLECTION[kind]}`}>{t('editor.backToList', { kind: t(`kinds.${kind}`) })}</Link>
      </p>
      {conflict && base ? (
        <ConflictPanel
          base={base}
          theirs={conflict.theirs}
          theirVersion={conflict.version}
          mine={draft}
          onMerge={(merged, v) => {
            setDraft(merged);
            setBase(conflict.theirs);
            setVersion(v);
            void save(merged, v);
          }}
          onDiscard={(theirs, v) => {
            setDraft(theirs);
            setBase(theirs);
            setVersion(v);
            setConflict(null);
            setStatus(t('conflict.discarded'));
          }}
        />
      ) : null}
      <div
        ref={summaryRef}
        tabIndex={-1}
        className={summary.length ? 'error-summary' : undefined}
        role={summary.length ? 'alert' : undefined}
      >
        {summary.length ? (
          <>
            <h2>{t('editor.problems', { count: summary.length })}</h2>
            <ul>
              {summary.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the messages of one validation, replaced together and never reordered; two can read alike
                <li key={i}>{s}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {status ? (
        <p role="status" className="ok">
          {status}
        </p>
      ) : null}
      <LikelyDuplicates kind={kind} items={id ? (nav.likely ?? []) : drafted} saved={Boolean(id)} />
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <fieldset disabled={!canEdit || busy} className="plain">
          <SchemaForm schema={schema} value={draft} errors={errors} onChange={onChange} />
          <div className="actions sticky">
            <button type="submit" className="primary">
              {t('editor.save')}
            </button>
          </div>
        </fieldset>
      </form>
      {id && version !== null ? (
        <>
          <RecordExtras
            kind={kind}
            id={id}
            onChanged={(r) => {
              const stored = dataOf(kind, r);
              setDraft(withOutsideChange(base ?? stored, draft, stored));
              setBase(stored);
              setVersion(r.version);
            }}
          />
          <section aria-labelledby="record-facts-h" className="panel">
            <h2 id="record-facts-h">{t('facts.title')}</h2>
            <FactsList kind={kind} id={id} empty={t('facts.none')} />
          </section>
          <CitationsPanel kind={kind} id={id} fields={Object.keys(schema.properties ?? {})} record={base} />
          <HistoryPanel kind={kind} id={id} version={version} />
        </>
      ) : null}
    </div>
  );
}
