import { UNSAFE_createBrowserHistory, parsePath, type To } from 'react-router';

type BrowserHistory = ReturnType<typeof UNSAFE_createBrowserHistory>;

/** The language a link asked for (`?lang=zh`), while the address carries one. */
export function langInAddress(search = window.location.search): 'zh' | 'en' | null {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'zh' || lang === 'en' ? lang : null;
}

/** `to` with the address's `?lang=` added, unless it names a language of its own. */
export function withLang(to: To, lang: string | null = langInAddress()): To {
  if (!lang) return to;
  const path = typeof to === 'string' ? parsePath(to) : { ...to };
  const params = new URLSearchParams(path.search ?? '');
  if (params.has('lang')) return path;
  params.set('lang', lang);
  return { ...path, search: `?${params}` };
}

/**
 * The browser's history, through which every link's address and every move is made: an address
 * opened with `?lang=` keeps it on each page it leads to, so a shared link stays in its language.
 */
export function langKeepingHistory(): BrowserHistory {
  const history = UNSAFE_createBrowserHistory({ v5Compat: true });
  return {
    get action() {
      return history.action;
    },
    get location() {
      return history.location;
    },
    createHref: (to) => history.createHref(withLang(to)),
    createURL: (to) => history.createURL(withLang(to)),
    encodeLocation: (to) => history.encodeLocation(to),
    push: (to, state) => history.push(withLang(to), state),
    replace: (to, state) => history.replace(withLang(to), state),
    go: (delta) => history.go(delta),
    listen: (listener) => history.listen(listener),
  };
}
