import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContactSchema, type Partnership } from '@records/partnership/partnership.schema.ts';
import { preciseDateIssue } from '@domain/precise-date.ts';
import type { Place } from '@records/place/place.schema.ts';
import { api } from '../../../api/client.ts';
import { useLiaison, type DirectoryEntry } from '../../../api/office.ts';
import { useRecords } from '../../../api/queries.ts';
import { hasRole, useSession } from '../../../api/session.tsx';
import { CheckField, InputField } from '../../../components/fields.tsx';
import { PageTitle, QueryState } from '../../../components/page-title.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { issueText } from '../../../lib/issues.ts';
import { countryName, dateText, nameIn } from '../../../lib/labels.ts';
import { InternalMark, OutcomeLine, today, useAction } from './common.tsx';

const FIELDS = ['name', 'title', 'organisation', 'email', 'phone', 'languages'] as const;
type Successor = Record<(typeof FIELDS)[number], string>;

/** Ends a contact on a day and puts the successor in place; both stay in the directory. */
function Handover({ contact, onDone }: { contact: DirectoryEntry; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [until, setUntil] = useState(today());
  const [next, setNext] = useState<Successor>({
    name: '',
    title: contact.title ?? '',
    organisation: contact.organisation ?? '',
    email: '',
    phone: '',
    languages: contact.languages.join(', '),
  });
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const { run, outcome, busy } = useAction();
  const id = `ho-${contact.partnershipId}-${contact.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const successor = {
      name: next.name.trim(),
      title: next.title.trim() || null,
      organisation: next.organisation.trim() || null,
      email: next.email.trim() || null,
      phone: next.phone.trim() || null,
      languages: next.languages
        .split(/[,\s，、]+/)
        .map((l) => l.trim())
        .filter(Boolean),
    };
    const found = new Map<string, string>();
    const untilIssue = preciseDateIssue(until);
    if (untilIssue) found.set('until', issueText(untilIssue, t));
    const parsed = ContactSchema.omit({ id: true, side: true, succeeds: true, until: true }).safeParse(successor, { reportInput: true });
    if (!parsed.success)
      for (const issue of parsed.error.issues) if (!found.has(String(issue.path[0]))) found.set(String(issue.path[0]), issueText(issue, t));
    setProblems(found);
    if (found.size) return;
    const done = t('office.liaison.handedOver', { from: contact.name, to: successor.name });
    const ok = await run(
      async () => {
        const tie = await api<Partnership>(`/api/partnerships/${contact.partnershipId}`);
        await api(`/api/partnerships/${contact.partnershipId}/contacts/${contact.id}/handover`, {
          method: 'POST',
          version: tie.version,
          body: { until, successor },
        });
      },
      done,
      ['liaison', 'record'],
    );
    if (ok) onDone(done);
  };
  const input = (name: (typeof FIELDS)[number], type = 'text') => (
    <InputField
      key={name}
      id={`${id}-${name}`}
      type={type}
      label={t(`office.liaison.successor.${name}`)}
      error={problems.get(name)}
      value={next[name]}
      onChange={(v) => setNext({ ...next, [name]: v })}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('office.liaison.handoverOf', { name: contact.name })} className="handover panel">
      <div className="field">
        <label htmlFor={`${id}-until`}>{t('office.liaison.until')}</label>
        <input
          id={`${id}-until`}
          value={until}
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          onChange={(e) => setUntil(e.target.value.trim())}
          aria-invalid={problems.has('until') ? true : undefined}
          aria-describedby={`${id}-until-hint`}
        />
        <span id={`${id}-until-hint`} className={problems.has('until') ? 'field-error' : 'hint'}>
          {problems.get('until') ?? t('form.dateHint')}
        </span>
      </div>
      <fieldset>
        <legend>{t('office.liaison.successorTitle')}</legend>
        {input('name')}
        {input('title')}
        {input('organisation')}
        {input('email', 'email')}
        {input('phone', 'tel')}
        {input('languages')}
        <p className="hint">{t('office.liaison.languagesHint')}</p>
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        {t('office.liaison.handOver')}
      </button>
      <OutcomeLine outcome={outcome} />
    </form>
  );
}

function ContactCard({
  c,
  all,
  canEdit,
  onHandedOver,
}: {
  c: DirectoryEntry;
  all: DirectoryEntry[];
  canEdit: boolean;
  onHandedOver(message: string): void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [open, setOpen] = useState(false);
  const nameOf = (id: string | null) => all.find((x) => x.partnershipId === c.partnershipId && x.id === id)?.name ?? id;
  return (
    <li className={`contact${c.current ? '' : ' past'}`} aria-label={c.name}>
      <p className="contact-name">
        <strong>{c.name}</strong>{' '}
        {c.current ? (
          <span className="chip">{t('office.liaison.current')}</span>
        ) : (
          <span className="chip muted-chip">{t('office.liaison.past')}</span>
        )}
      </p>
      {c.title || c.organisation ? <p>{[c.title, c.organisation].filter(Boolean).join(' · ')}</p> : null}
      <dl className="contact-facts">
        {c.languages.length ? (
          <>
            <dt>{t('office.liaison.languages')}</dt>
            <dd>{c.languages.map((l) => t(`lang.${l}`, { defaultValue: l })).join(', ')}</dd>
          </>
        ) : null}
        {c.email ? (
          <>
            <dt>{t('office.liaison.email')}</dt>
            <dd>
              <a href={`mailto:${c.email}`}>{c.email}</a>
            </dd>
          </>
        ) : null}
        {c.phone ? (
          <>
            <dt>{t('office.liaison.phone')}</dt>
            <dd>
              <a href={`tel:${c.phone}`}>{c.phone}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('office.liaison.period')}</dt>
        <dd>
          {c.since ? dateText(c.since, lang) : t('common.unknownDate')} – {c.until ? dateText(c.until, lang) : t('office.liaison.now')}
        </dd>
        {c.succeeds ? (
          <>
            <dt>{t('office.liaison.succeeds')}</dt>
            <dd>{nameOf(c.succeeds)}</dd>
          </>
        ) : null}
        {c.succeededBy ? (
          <>
            <dt>{t('office.liaison.succeededBy')}</dt>
            <dd>{nameOf(c.succeededBy)}</dd>
          </>
        ) : null}
      </dl>
      {canEdit && c.current && !c.until ? (
        <>
          <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('office.liaison.handOverOf', { name: c.name })}
          </button>
          {open ? (
            <Handover
              contact={c}
              onDone={(message) => {
                setOpen(false);
                onHandedOver(message);
              }}
            />
          ) : null}
        </>
      ) : null}
    </li>
  );
}

/** Contacts on each side of each tie, current and past: internal, for signed-in staff. */
export default function LiaisonPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const directory = useLiaison();
  const [search, setSearch] = useState('');
  const [currentOnly, setCurrentOnly] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const contacts = directory.data ?? [];
  const placeIds = contacts.flatMap((c) => [c.place.id, c.counterpart.id]);
  const places = useRecords<Place>('place', placeIds);
  const placeName = (p: DirectoryEntry['place']) => nameIn(places.data?.get(p.id)?.names, lang) || p.name;
  const needle = search.trim().toLowerCase();
  const ties = new Map<string, DirectoryEntry[]>();
  for (const c of contacts) ties.set(c.partnershipId, [...(ties.get(c.partnershipId) ?? []), c]);
  const groups = [...ties.entries()]
    .map(([id, list]) => {
      const first = list[0]!;
      const home = first.side === 'a' ? first.place : first.counterpart;
      const partner = first.side === 'a' ? first.counterpart : first.place;
      return { id, home, partner, list };
    })
    .filter(
      (g) =>
        !needle ||
        [placeName(g.home), placeName(g.partner), ...g.list.flatMap((c) => [c.name, c.organisation ?? '', c.title ?? ''])].some((s) =>
          s.toLowerCase().includes(needle),
        ),
    )
    .sort((a, b) => placeName(a.partner).localeCompare(placeName(b.partner), lang === 'zh' ? 'zh-CN' : 'en'));
  const canEdit = hasRole(me, 'editor');
  return (
    <div className="office liaison-page">
      <PageTitle text={t('office.liaison.title')} sub={t('office.liaison.intro')} />
      <p className="internal-note">
        <InternalMark /> {t('office.liaison.internalNote')}
      </p>
      <div className="filters">
        <InputField id="l-search" type="search" label={t('home.search')} value={search} onChange={setSearch} />
        <CheckField id="l-current" label={t('office.liaison.currentOnly')} checked={currentOnly} onChange={setCurrentOnly} />
      </div>
      <QueryState loading={directory.isLoading} error={directory.error} />
      <OutcomeLine outcome={done ? { ok: true, text: done } : null} />
      {directory.data && !groups.length ? <p>{t('office.liaison.none')}</p> : null}
      {groups.map((g) => {
        const headingId = `tie-${g.id}`;
        return (
          <section key={g.id} aria-labelledby={headingId} className="panel tie-contacts">
            <h2 id={headingId}>
              {t('office.liaison.tie', { home: placeName(g.home), partner: placeName(g.partner) })}{' '}
              <span className="muted">{countryName(g.partner.country, lang)}</span>
            </h2>
            <p>
              <Link to={`/staff/records/partnerships/${g.id}`}>{t('office.liaison.editTie')}</Link>
            </p>
            <div className="two-col">
              {(['a', 'b'] as const).map((side) => {
                const list = g.list.filter((c) => c.side === side && (!currentOnly || c.current));
                const sideId = `${g.id}-${side}`;
                return (
                  // biome-ignore lint/a11y/useSemanticElements: one side's contacts (a heading and cards), not form fields, which <fieldset> is for
                  <div key={side} aria-labelledby={sideId} role="group">
                    <h3 id={sideId}>
                      {side === 'a'
                        ? t('office.liaison.ourSide', { place: placeName(g.home) })
                        : t('office.liaison.theirSide', { place: placeName(g.partner) })}
                    </h3>
                    {list.length ? (
                      <ul className="contacts">
                        {list.map((c) => (
                          <ContactCard key={c.id} c={c} all={contacts} canEdit={canEdit} onHandedOver={setDone} />
                        ))}
                      </ul>
                    ) : (
                      <p className="muted">{t('office.liaison.noContact')}</p>
                    )}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}
