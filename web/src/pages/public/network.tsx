import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { collatorFor } from '@domain/collation.ts';
import { CONTINENTS, continentOf, type Continent } from '@domain/countries.ts';
import { api } from '../../api/client.ts';
import { useSite, useStats } from '../../api/queries.ts';
import { SelectField } from '../../components/fields.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { useDebouncedTask } from '../../components/use-debounced.ts';
import { currentLang, type UiLang } from '../../i18n/index.ts';
import { countryName, nameIn } from '../../lib/labels.ts';
import { worldMapNote } from '@domain/figure-notes.ts';
import { NETWORK_COLORS, takeNetworkDeck, type NetworkDeck } from '../../map/network-deck.ts';
import { rememberMapBox } from '../../map/network-early.ts';
import { networkPageLoaded } from '../../map/network-prefetch.ts';
import { decodedNetwork, located, networkData, partnersOf, placeName, type NetworkData } from '../../map/network-data.ts';
import './network.css';

/** At most this many partners are named on the map (the best connected); the panel lists them all. */
const MAX_LABELS = 40;
const SEARCH_LIMIT = 8;
const API_SEARCH_DELAY_MS = 220;

function useNetworkData(): { data: NetworkData | null; error: unknown } {
  const [state, setState] = useState<{ data: NetworkData | null; error: unknown }>({ data: decodedNetwork(), error: null });
  useEffect(() => {
    if (state.data) return;
    let live = true;
    networkData()
      .then((data) => live && setState({ data, error: null }))
      .catch((error: unknown) => live && setState({ data: null, error }));
    return () => {
      live = false;
    };
  }, [state.data]);
  return state;
}

const rgb = (c: readonly number[]) => `rgb(${c[0]} ${c[1]} ${c[2]})`;
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Places whose English or Chinese name matches, the exact names first, then by number of partners. */
function localMatches(d: NetworkData, folded: { en: string[]; zh: string[] }, query: string): number[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { i: number; score: number }[] = [];
  for (let i = 0; i < d.count; i++) {
    const en = folded.en[i]!;
    const zh = folded.zh[i]!;
    const score =
      en === q || zh === q ? 3 : en.startsWith(q) || zh.startsWith(q) ? 2 : en.includes(q) || (zh !== '' && zh.includes(q)) ? 1 : 0;
    if (score) scored.push({ i, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || d.degree[b.i]! - d.degree[a.i]!)
    .slice(0, SEARCH_LIMIT)
    .map((s) => s.i);
}

interface Hover {
  index: number;
  x: number;
  y: number;
}

declare global {
  interface Window {
    /** For tests and automation: where a place is drawn, in the page's CSS pixels. */
    amityNetworkMap?: {
      pointOf: (placeId: string) => { x: number; y: number } | null;
      /** Milliseconds per frame while the view pans (or zooms) for `frames` frames, every tie redrawn. */
      frameTime: (frames: number, zoom?: boolean) => Promise<number>;
    };
  }
}

export default function NetworkPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const { data, error } = useNetworkData();
  const site = useSite();
  const homeId = site.data?.home?.id ?? null;
  const box = useRef<HTMLDivElement>(null);
  const labels = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const deckRef = useRef<NetworkDeck | null>(null);
  const hoverRef = useRef<Hover | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [tiesDrawn, setTiesDrawn] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [country, setCountry] = useState('');
  const [continent, setContinent] = useState<Continent | ''>('');

  const home = data && homeId ? data.indexOf(homeId) : -1;

  /** Moves the labels and the tooltip to where their places are drawn now. */
  const placeOverlays = useCallback(() => {
    const deck = deckRef.current;
    if (!deck) return;
    for (const el of Array.from(labels.current?.children ?? []) as HTMLElement[]) {
      const at = deck.screenOf(Number(el.dataset.index));
      if (at) el.style.transform = `translate(${at[0].toFixed(1)}px, ${at[1].toFixed(1)}px)`;
      el.hidden = !at;
    }
    const h = hoverRef.current;
    if (h && tooltip.current) {
      const at = deck.screenOf(h.index);
      if (at) tooltip.current.style.transform = `translate(${at[0].toFixed(1)}px, ${at[1].toFixed(1)}px)`;
    }
  }, []);

  // The deck was started when this module loaded on /network (WebGL and its shaders get ready
  // while the data comes); on a later visit it is made now. Before the browser paints the page
  // (a layout effect), so the first frame with every tie is asked for one frame earlier.
  useLayoutEffect(() => {
    if (!box.current) return;
    const deck = takeNetworkDeck();
    deck.mount(box.current, {
      onFrame: placeOverlays,
      onReady: (ties) => {
        setTiesDrawn(ties);
        setReady(true);
      },
      onSelectionDrawn: () => performance.mark('amity:network-selected'),
      onError: () => setFailed(true),
    });
    deckRef.current = deck;
    window.amityNetworkMap = {
      pointOf: (placeId) => {
        const at = deck.placeId(placeId);
        const r = box.current?.getBoundingClientRect();
        return at && r ? { x: r.left + at[0], y: r.top + at[1] } : null;
      },
      frameTime: (frames, zoom) => deck.frameTime(frames, zoom),
    };
    // The eye-care mode changes the land's colours.
    const observer = new MutationObserver(() => deck.repaintLand());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => {
      observer.disconnect();
      delete window.amityNetworkMap;
      deckRef.current = null;
      deck.destroy();
      setReady(false);
    };
  }, [placeOverlays]);

  useLayoutEffect(() => {
    const deck = deckRef.current;
    if (!deck || !data) return;
    setSelected(null);
    // The deck is mounted by the effect above, which runs first. The count of ties is set with the
    // frame that draws them (onReady): set here, it would render the page again before that frame.
    deck.setData(data);
  }, [data]);

  // Where the map is once the page around it is complete, for the next visit's first frame.
  useEffect(() => {
    if (ready && site.data && box.current) rememberMapBox(box.current);
  }, [ready, site.data]);

  // The home place's ties are drawn over the others once the site says which place is home.
  useEffect(() => {
    if (data) deckRef.current?.setHome(home >= 0 ? home : null);
  }, [data, home]);

  // Filters: a tie is drawn when either of its places is in the chosen country or continent.
  const filtered = useRef(false);
  useEffect(() => {
    const deck = deckRef.current;
    if (!deck || !data || !ready) return;
    if (!country && !continent) {
      if (filtered.current) setTiesDrawn(deck.setVisible(null, null));
      filtered.current = false;
      return;
    }
    filtered.current = true;
    const continents = new Map<string, Continent | null>();
    const inFilter = new Uint8Array(data.count);
    for (let i = 0; i < data.count; i++) {
      const code = data.countries[i]!;
      if (country && code !== country) continue;
      if (continent) {
        if (!continents.has(code)) continents.set(code, continentOf(code));
        if (continents.get(code) !== continent) continue;
      }
      inFilter[i] = 1;
    }
    const ties: number[] = [];
    const shown = new Uint8Array(data.count);
    for (const t of data.drawable) {
      const a = data.ties[2 * t]!;
      const b = data.ties[2 * t + 1]!;
      if (inFilter[a] || inFilter[b]) {
        ties.push(t);
        shown[a] = shown[b] = 1;
      }
    }
    const places: number[] = [];
    for (let i = 0; i < data.count; i++) if ((shown[i] || inFilter[i]) && located(data, i)) places.push(i);
    setTiesDrawn(deck.setVisible(Uint32Array.from(ties), Uint32Array.from(places)));
  }, [data, country, continent, ready]);

  /**
   * Selects a place (or nothing): the panel and the labels are rendered at once, then the deck
   * draws the highlight, so 'selection drawn' comes when all of it is there.
   */
  const choose = useCallback((index: number | null, options: { fly?: boolean } = {}) => {
    const deck = deckRef.current;
    if (!deck) return;
    flushSync(() => setSelected(index));
    deck.select(index, options.fly);
  }, []);

  // Pointer: hover shows a place, a click (not the end of a drag) selects it; both found on the CPU.
  const down = useRef<{ x: number; y: number } | null>(null);
  const frame = useRef(0);
  const local = (e: { clientX: number; clientY: number }) => {
    const r = box.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.buttons) return;
    const at = local(e);
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const index = deckRef.current?.placeAt(at.x, at.y) ?? null;
      const next = index === null ? null : { index, x: at.x, y: at.y };
      if (next?.index !== hoverRef.current?.index) {
        hoverRef.current = next;
        setHover(next);
      }
    });
  };
  const onPointerLeave = () => {
    cancelAnimationFrame(frame.current);
    hoverRef.current = null;
    setHover(null);
  };
  const onClick = (e: ReactMouseEvent<HTMLDivElement>) => {
    const at = local(e);
    const start = down.current;
    if (start && Math.hypot(start.x - at.x, start.y - at.y) > 4) return;
    performance.mark('amity:network-click', { startTime: e.timeStamp });
    choose(deckRef.current?.placeAt(at.x, at.y) ?? null);
  };

  useLayoutEffect(() => {
    placeOverlays();
  });

  const partners = useMemo(() => {
    if (!data || selected === null) return [];
    const collator = collatorFor(lang);
    return partnersOf(data, selected).sort((a, b) => collator.compare(placeName(data, a, lang), placeName(data, b, lang)));
  }, [data, selected, lang]);
  const labelled = useMemo(() => {
    if (!data) return [];
    return partners
      .filter((i) => located(data, i))
      .sort((a, b) => data.degree[b]! - data.degree[a]!)
      .slice(0, MAX_LABELS);
  }, [data, partners]);

  // After the first frame: some two hundred names looked up, sorted and made options, none of which it needs.
  const countries = useMemo(() => {
    if (!data || !ready) return [];
    const codes = [...new Set(data.countries)];
    const collator = collatorFor(lang);
    return codes.map((code) => ({ code, name: countryName(code, lang) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [data, lang, ready]);

  const homeName = site.data?.home ? nameIn(site.data.home.names, lang) : null;
  const stats = useStats(homeId ?? undefined);
  const homeNames = site.data?.home?.names;
  const worldNote =
    data && home >= 0 && stats.data && homeNames
      ? worldMapNote({ zh: nameIn(homeNames, 'zh'), en: nameIn(homeNames, 'en') }, data.degree[home]!, stats.data.places)
      : null;
  const name = (i: number) => (data ? placeName(data, i, lang) : '');
  const langAttr = (i: number) => (lang === 'zh' && data?.namesZh[i] ? 'zh-CN' : 'en');

  return (
    <div className="network-page">
      <PageTitle
        text={t('network.title')}
        sub={
          data
            ? t(homeName ? 'network.intro' : 'network.introPlain', {
                ties: data.tieCount.toLocaleString(locale),
                places: data.count.toLocaleString(locale),
                city: homeName,
              })
            : undefined
        }
      />
      <QueryState loading={!data && !error} error={error} />
      {failed ? (
        <p role="alert" className="error">
          {t('network.noWebgl')}
        </p>
      ) : null}

      <form className="filters network-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('network.filters')}>
        {data ? (
          <PlaceSearch
            data={data}
            lang={lang}
            onChoose={(i, stamp) => {
              performance.mark('amity:network-choice', { startTime: stamp });
              choose(i, { fly: true });
            }}
          />
        ) : null}
        <SelectField
          id="n-country"
          label={t('network.country')}
          value={country}
          onChange={setCountry}
          all={t('common.all')}
          options={countries.map((c) => c.code)}
          optionLabel={(code) => countryName(code, lang)}
        />
        <SelectField
          id="n-continent"
          label={t('network.continent')}
          value={continent}
          onChange={setContinent}
          all={t('common.all')}
          options={CONTINENTS}
          optionLabel={(c) => t(`continent.${c}`)}
        />
        <p role="status" className="muted network-count">
          {ready ? t('network.shown', { count: tiesDrawn, n: tiesDrawn.toLocaleString(locale) }) : t('map.loading')}
        </p>
      </form>

      <div className="network-layout">
        <figure className="network-figure">
          {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: pointing at the drawn map picks a place; from the keyboard the place search above and the partner buttons in the panel do the same */}
          <div
            className={`network-map${hover ? ' pointing' : ''}`}
            data-ready={ready ? 'true' : 'false'}
            data-ties={tiesDrawn}
            data-selected={selected !== null && data ? data.ids[selected] : ''}
            onPointerMove={onPointerMove}
            onPointerLeave={onPointerLeave}
            onPointerDown={(e) => {
              down.current = local(e);
            }}
            onClick={onClick}
          >
            <div
              ref={box}
              className="network-canvases"
              role="img"
              aria-label={t('network.mapLabel', { count: tiesDrawn, n: tiesDrawn.toLocaleString(locale) })}
            />
            <div ref={labels} className="network-labels">
              {data && selected !== null
                ? [selected, ...labelled].map((i, k) => (
                    <span key={i} data-index={i} className={k === 0 ? 'network-label chosen' : 'network-label'} lang={langAttr(i)} hidden>
                      {name(i)}
                    </span>
                  ))
                : null}
            </div>
            {hover && data ? (
              <div ref={tooltip} className="network-tooltip" style={{ transform: `translate(${hover.x}px, ${hover.y}px)` }}>
                <strong lang={langAttr(hover.index)}>{name(hover.index)}</strong>
                <span>{countryName(data.countries[hover.index]!, lang)}</span>
                <span>{t('network.partners', { count: data.degree[hover.index]! })}</span>
              </div>
            ) : null}
          </div>
          <figcaption className="network-legend">
            <span>
              <span className="swatch" style={{ background: rgb(NETWORK_COLORS.tie) }} />
              {t('network.legendTies')}
            </span>
            {homeName ? (
              <span>
                <span className="swatch" style={{ background: rgb(NETWORK_COLORS.home) }} />
                {t('network.legendHome', { city: homeName })}
              </span>
            ) : null}
            <span>
              <span className="swatch" style={{ background: rgb(NETWORK_COLORS.selected) }} />
              {t('network.legendSelected')}
            </span>
            <span className="muted">{t('network.hint')}</span>
          </figcaption>
        </figure>

        <section className="network-panel" aria-labelledby="network-panel-h">
          {data && selected !== null ? (
            <>
              <h2 id="network-panel-h" lang={langAttr(selected)}>
                {name(selected)}
              </h2>
              <p className="muted">
                {lang === 'zh' && data.namesZh[selected] ? <span lang="en">{data.names[selected]} · </span> : null}
                {lang === 'en' && data.namesZh[selected] ? <span lang="zh-CN">{data.namesZh[selected]} · </span> : null}
                {countryName(data.countries[selected]!, lang)} · {t('network.partners', { count: data.degree[selected]! })}
              </p>
              <p className="network-actions">
                <button type="button" onClick={() => choose(null)}>
                  {t('network.clear')}
                </button>
                {home >= 0 && selected !== home ? (
                  <button type="button" onClick={() => choose(home, { fly: true })}>
                    {t('network.showHome', { city: homeName })}
                  </button>
                ) : null}
                {data.registry[selected] ? <Link to={`/partners/${data.ids[selected]}`}>{t('network.openPage')}</Link> : null}
              </p>
              <h3>{t('network.partnersOf', { place: name(selected) })}</h3>
              {labelled.length < partners.filter((i) => located(data, i)).length ? (
                <p className="muted">{t('network.labelled', { count: labelled.length })}</p>
              ) : null}
              <ul className="network-partners">
                {partners.map((i) => (
                  <li key={i}>
                    <button type="button" className="link-button" onClick={() => choose(i, { fly: true })}>
                      <span lang={langAttr(i)}>{name(i)}</span>
                    </button>
                    <span className="muted">
                      {' '}
                      · {countryName(data.countries[i]!, lang)}
                      {located(data, i) ? '' : ` · ${t('network.noCoordinates')}`}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <h2 id="network-panel-h">{t('network.panelTitle')}</h2>
              <p>{t('network.panelEmpty')}</p>
              {home >= 0 ? (
                <p>
                  <button type="button" onClick={() => choose(home, { fly: true })}>
                    {t('network.showHome', { city: homeName })}
                  </button>
                </p>
              ) : null}
            </>
          )}
        </section>
      </div>
      {/* Below the map: the statistics arrive after the map is drawn, and a line above it would move it. */}
      {worldNote ? <p className="muted figure-note">{worldNote[lang]}</p> : null}
    </div>
  );
}

/** A combobox over the places on the map: their English and Chinese names at once, then other spellings through the name search. */
function PlaceSearch({ data, lang, onChoose }: { data: NetworkData; lang: UiLang; onChoose: (index: number, eventTime: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [more, setMore] = useState<{ q: string; hits: number[] }>({ q: '', hits: [] });
  const folded = useRef<{ en: string[]; zh: string[] } | null>(null);

  const local = useMemo(() => {
    if (!text.trim()) return [];
    folded.current ??= { en: data.names.map(fold), zh: data.namesZh.map((n) => (n ? fold(n) : '')) };
    return localMatches(data, folded.current, text);
  }, [data, text]);

  // Other spellings (Moskva, Санкт-Петербург, shen zhen) through the app's name search.
  const q = text.trim();
  useDebouncedTask(q ? `${lang} ${q}` : null, API_SEARCH_DELAY_MS, (signal) => {
    api<{ hits: { kind: string; id: string }[] }>(`/api/search?${new URLSearchParams({ q, lang, limit: '10' })}`, { signal })
      .then((r) =>
        setMore({
          q,
          hits: r.hits
            .filter((h) => h.kind === 'place')
            .map((h) => data.indexOf(h.id))
            .filter((i) => i >= 0),
        }),
      )
      .catch(() => undefined);
  });

  const hits = useMemo(() => {
    const extra = more.q === text.trim() ? more.hits : [];
    return [...new Set([...local, ...extra])].slice(0, SEARCH_LIMIT);
  }, [local, more, text]);
  const expanded = open && text.trim() !== '';
  const optionId = (k: number) => `${id}-opt-${k}`;

  const pick = (index: number, stamp: number) => {
    setOpen(false);
    setText(placeName(data, index, lang));
    onChoose(index, stamp);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length) setActive((k) => (k + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = expanded ? hits[active] : undefined;
      if (hit !== undefined) pick(hit, e.timeStamp);
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
    }
  };

  return (
    <div className="field network-search">
      <label htmlFor={`${id}-input`}>{t('network.search')}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && hits.length ? optionId(active) : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id={`${id}-list`} role="listbox" aria-label={t('network.search')} className="network-options" hidden={!expanded}>
        {expanded && hits.length === 0 ? (
          <div role="presentation" className="network-option muted">
            {t('network.noMatch')}
          </div>
        ) : null}
        {expanded
          ? hits.map((i, k) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: a combobox option: focus stays in the input, whose arrow keys and Enter pick options (aria-activedescendant)
              <div
                key={i}
                className="network-option"
                id={optionId(k)}
                role="option"
                aria-selected={k === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={(e) => pick(i, e.timeStamp)}
              >
                <span lang={lang === 'zh' && data.namesZh[i] ? 'zh-CN' : 'en'}>{placeName(data, i, lang)}</span>
                <span className="muted">
                  {' '}
                  · {countryName(data.countries[i]!, lang)} · {t('network.partners', { count: data.degree[i]! })}
                </span>
              </div>
            ))
          : null}
      </div>
    </div>
  );
}

networkPageLoaded(NetworkPage);
