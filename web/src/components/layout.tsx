import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useSite } from '../api/queries.ts';
import { useSession } from '../api/session.tsx';
import { UI_LANGS, currentLang } from '../i18n/index.ts';
import { nameIn } from '../lib/labels.ts';
import { NETWORK_PATH, prefetchNetworkPage } from '../map/network-prefetch.ts';
import { FONT_SCALES, useReadingAids } from '../lib/prefs.ts';
import { langInAddress } from '../lib/lang-history.ts';

// The header's search loads after the page it sits on, which draws its first frame without it.
const NameSearch = lazy(() => import('./name-search.tsx').then((m) => ({ default: m.NameSearch })));

function ReadingAids() {
  const { t, i18n } = useTranslation();
  const { scale, setScale, eyeCare, setEyeCare } = useReadingAids();
  const navigate = useNavigate();
  const location = useLocation();
  // An address that names its language follows the reader's choice, so it can be shared as read.
  const choose = (lang: string) => {
    void i18n.changeLanguage(lang);
    if (!langInAddress(location.search)) return;
    const params = new URLSearchParams(location.search);
    params.set('lang', lang);
    navigate({ pathname: location.pathname, search: `?${params}`, hash: location.hash }, { replace: true });
  };
  const index = FONT_SCALES.indexOf(scale as (typeof FONT_SCALES)[number]);
  return (
    <div className="tools">
      {/* biome-ignore lint/a11y/useSemanticElements: toggle buttons outside any form; a <fieldset> would take the bordered box styles.css gives fieldsets */}
      <div role="group" aria-label={t('layout.language')} className="tool-group">
        {UI_LANGS.map((lang) => (
          <button
            key={lang}
            type="button"
            lang={lang === 'zh' ? 'zh-CN' : 'en'}
            aria-pressed={i18n.language === lang}
            onClick={() => choose(lang)}
          >
            {t(`lang.${lang}`)}
          </button>
        ))}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: buttons outside any form; a <fieldset> would take the bordered box styles.css gives fieldsets */}
      <div role="group" aria-label={t('layout.fontSize')} className="tool-group">
        <button
          type="button"
          aria-label={t('layout.smaller')}
          disabled={index <= 0}
          onClick={() => setScale(FONT_SCALES[Math.max(0, index - 1)]!)}
        >
          A−
        </button>
        <button type="button" aria-label={t('layout.normalSize')} aria-pressed={scale === 100} onClick={() => setScale(100)}>
          A
        </button>
        <button
          type="button"
          aria-label={t('layout.larger')}
          disabled={index >= FONT_SCALES.length - 1}
          onClick={() => setScale(FONT_SCALES[Math.min(FONT_SCALES.length - 1, index + 1)]!)}
        >
          A+
        </button>
      </div>
      <button type="button" aria-pressed={eyeCare} onClick={() => setEyeCare(!eyeCare)}>
        {t('layout.eyeCare')}
      </button>
    </div>
  );
}

/** The site's name: the home city's friendship cities. */
export function useSiteTitle(): string {
  const { t } = useTranslation();
  const home = useSite().data?.home;
  return home ? t('layout.title', { city: nameIn(home.names, currentLang()) }) : t('layout.titlePlain');
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const title = useSiteTitle();
  const menuId = useId();
  // On a phone the header folds into a menu, closed again on every move to another page.
  const [menuOpen, setMenuOpen] = useState(false);
  // After a move to another page, keyboard and screen-reader users start at its content;
  // on the first page they start at the top, with the skip link.
  const shown = useRef(location.pathname);
  useEffect(() => {
    if (shown.current === location.pathname) return;
    shown.current = location.pathname;
    setMenuOpen(false);
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className={menuOpen ? 'site-header menu-open' : 'site-header'}>
        <div className="brand">
          <Link to="/">{title}</Link>
        </div>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰ </span>
          {t('layout.menu')}
        </button>
        <div id={menuId} className="header-menu">
          <nav aria-label={t('layout.mainNav')} className="main-nav">
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/events">{t('nav.events')}</NavLink>
            <NavLink to="/mechanisms">{t('nav.mechanisms')}</NavLink>
            <NavLink to="/organisations">{t('nav.organisations')}</NavLink>
            <NavLink to={NETWORK_PATH} onPointerEnter={prefetchNetworkPage} onFocus={prefetchNetworkPage}>
              {t('nav.network')}
            </NavLink>
            <NavLink to="/check">{t('claims.nav')}</NavLink>
            {me?.user ? <NavLink to="/staff">{t('nav.workspace')}</NavLink> : <NavLink to="/login">{t('nav.login')}</NavLink>}
          </nav>
          <div className="header-search" data-slot="name-search">
            <Suspense fallback={null}>
              <NameSearch />
            </Suspense>
          </div>
          <ReadingAids />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
