import { useTranslation } from 'react-i18next';
import { Field } from './fields.tsx';

/**
 * A text in Chinese and in English, one input each (a textarea of `rows` lines, given rows); an
 * emptied language is dropped.
 */
export function Bilingual({
  id,
  label,
  value,
  onChange,
  rows,
}: {
  id: string;
  label: string;
  value: Record<string, string>;
  onChange(v: Record<string, string>): void;
  rows?: number;
}) {
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
      {(['zh', 'en'] as const).map((lang) => {
        const props = { id: `${id}-${lang}`, lang: lang === 'zh' ? 'zh-CN' : 'en', value: value[lang] ?? '' };
        return (
          <Field key={lang} id={props.id} className="inline" label={t(`lang.${lang}`)}>
            {rows ? (
              <textarea {...props} rows={rows} onChange={(e) => set(lang, e.target.value)} />
            ) : (
              <input {...props} onChange={(e) => set(lang, e.target.value)} />
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
