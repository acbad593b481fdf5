import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Names } from '@domain/common.ts';
import { api } from '../api/client.ts';
import { currentLang } from '../i18n/index.ts';
import { countryName } from '../lib/labels.ts';
import { useDebouncedTask } from './use-debounced.ts';
import './name-search.css';

/** One hit of GET /api/search, as much of it as the header shows. */
interface Hit {
  kind: 'place' | 'organisation' | 'person' | 'mechanism';
  id: string;
  name: string;
  names: Names;
  country: string | null;
  match: { tier: string; name: string };
}

const GROUP_ORDER = ['place', 'organisation', 'person', 'mechanism'] as const;
const DEBOUNCE_MS = 220;

/** Where a hit opens: its public page (which staff also see internal records on). */
export function hitPath(hit: Pick<Hit, 'kind' | 'id'>): string {
  if (hit.kind === 'place') return `/partners/${hit.id}`;
  if (hit.kind === 'organisation') return `/organisations/${hit.id}`;
  if (hit.kind === 'mechanism') return `/mechanisms/${hit.id}`;
  return `/people/${hit.id}`;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Groups in the order of their best hit, so the best hit always comes first. */
function grouped(hits: Hit[]): { kind: Hit['kind']; hits: Hit[] }[] {
  const kinds = [...new Set(hits.map((h) => h.kind))].sort(
    (a, b) => hits.findIndex((h) => h.kind === a) - hits.findIndex((h) => h.kind === b) || GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b),
  );
  return kinds.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) }));
}

/**
 * The header's name search: any record with a name, in any script or spelling (GET /api/search),
 * as an ARIA combobox whose listbox groups the hits by kind.
 */
export function NameSearch() {
  const { t } = useTranslation();
  const lang = currentLang();
  const navigate = useNavigate();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [answered, setAnswered] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  const q = text.trim();
  // The search to run: a new one (another text, or the same in another language) is pending from the moment it changes.
  const search = q ? `${lang} ${q}` : null;
  useEffect(() => {
    if (search) setBusy(true);
    else {
      setHits(null);
      setBusy(false);
    }
  }, [search]);
  useDebouncedTask(search, DEBOUNCE_MS, (signal) => {
    api<{ hits: Hit[] }>(`/api/search?${new URLSearchParams({ q, lang, limit: '10' })}`, { signal })
      .then((r) => {
        setHits(r.hits);
        setAnswered(q);
        // Nothing is chosen until the reader moves: ↓ takes the first hit, and Enter opens what is highlighted.
        setActive(-1);
        setOpen(true);
      })
      .catch(() => {
        if (!signal.aborted) setHits([]);
      })
      .finally(() => {
        if (!signal.aborted) setBusy(false);
      });
  });

  const groups = grouped(hits ?? []);
  const flat = groups.flatMap((g) => g.hits);
  const expanded = open && hits !== null && text.trim() !== '';
  const optionId = (i: number) => `${id}-opt-${i}`;

  const choose = (hit: Hit) => {
    setOpen(false);
    setText('');
    setHits(null);
    navigate(hitPath(hit));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      if (!expanded) {
        setOpen(true);
        setActive(flat.length ? (step === 1 ? 0 : flat.length - 1) : -1);
        return;
      }
      if (!flat.length) return;
      setActive((i) => (i < 0 ? (step === 1 ? 0 : flat.length - 1) : (i + step + flat.length) % flat.length));
    } else if (e.key === 'Home' && expanded && flat.length) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && expanded && flat.length) {
      e.preventDefault();
      setActive(flat.length - 1);
    } else if (e.key === 'Enter') {
      const hit = expanded ? flat[active] : undefined;
      if (hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      setActive(-1);
      if (expanded) setOpen(false);
      else setText('');
    }
  };

  // Closes when focus or a click goes elsewhere.
  useEffect(() => {
    const away = (e: Event) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, []);

  const note = (hit: Hit) => {
    const other = fold(hit.match.name) !== fold(hit.name);
    if (!other && hit.match.tier === 'name') return null;
    const how = t(`search.tier.${hit.match.tier}`, { defaultValue: '' });
    return other ? t('search.via', { name: hit.match.name, how }) : how;
  };

  let n = -1;
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> dates from 2023 (Chrome and Firefox 118, Safari 17); the app is built for ES2022 browsers, where it would be an unknown inline element without the search role
    <div className="name-search" ref={box} role="search" aria-label={t('search.region')}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && flat[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-status`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-status`} className="visually-hidden" role="status">
        {expanded && !busy ? (flat.length ? t('search.count', { count: flat.length }) : t('search.none')) : ''}
      </span>
      {expanded && !flat.length && !busy ? <p className="name-search-empty">{t('search.none')}</p> : null}
      <div
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="name-search-list"
        data-query={answered}
        hidden={!expanded || !flat.length}
      >
        {groups.map((g) => (
          // biome-ignore lint/a11y/useSemanticElements: a listbox holds only options and groups of options, and a fieldset is neither
          <div key={g.kind} role="group" aria-labelledby={`${id}-g-${g.kind}`}>
            <p id={`${id}-g-${g.kind}`} role="presentation" className="name-search-group">
              {t(`search.group.${g.kind}`)}
            </p>
            {g.hits.map((hit) => {
              const i = ++n;
              const why = note(hit);
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: a combobox option: focus stays in the input, whose arrow keys and Enter pick options (aria-activedescendant)
                <div
                  key={hit.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className="name-search-option"
                  onPointerDown={(e) => e.preventDefault()}
                  onClick={() => choose(hit)}
                  onPointerEnter={() => setActive(i)}
                >
                  <span className="name-search-name">{hit.name}</span>
                  {hit.country ? <span className="name-search-meta"> · {countryName(hit.country, lang)}</span> : null}
                  {why ? <span className="name-search-note"> · {why}</span> : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
