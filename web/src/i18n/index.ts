import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from './resources.ts';

export const UI_LANGS = ['zh', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const STORAGE_KEY = 'amity.lang';

function initialLang(): UiLang {
  // A link that names its language (`?lang=en`) is read in it, whatever the reader chose before.
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'zh' || asked === 'en') return asked;
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'zh' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: RESOURCES.zh }, en: { translation: RESOURCES.en } },
  lng: initialLang(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const htmlLang = (lang: string) => (lang === 'zh' ? 'zh-CN' : 'en');
document.documentElement.lang = htmlLang(i18n.language);
i18n.on('languageChanged', (lang) => {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = htmlLang(lang);
});

export const currentLang = (): UiLang => (i18n.language === 'en' ? 'en' : 'zh');
export default i18n;
