import { useTranslation } from 'react-i18next';

/** A text in Chinese and in English, one input each; an emptied language is dropped. */
export function Bilingual({ id, label, value, onChange }: { id: string; label: string; value: Record<string, string>; onChange(v: Record<string, string>): void }) {
  const { t } = useTranslation();
  const set = (lang: string, text: string) => {
    const next = { ...value };
    if (text.trim()) next[lang] = text;
    else delete next[lang];
    onChange(next);
  };
  return (
    <fieldset className="localized">
      <legend>{label}</legend>
      {(['zh', 'en'] as const).map((lang) => (
        <div className="field inline" key={lang}>
          <label htmlFor={`${id}-${lang}`}>{t(`lang.${lang}`)}</label>
          <input id={`${id}-${lang}`} lang={lang === 'zh' ? 'zh-CN' : 'en'} value={value[lang] ?? ''} onChange={(e) => set(lang, e.target.value)} />
        </div>
      ))}
    </fieldset>
  );
}
