import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { collatorFor } from '@domain/collation.ts';
import { allCountryCodes } from '@domain/countries.ts';
import { currentLang } from '../i18n/index.ts';
import { countryName, understoodDate } from '../lib/labels.ts';
import { REF_FIELDS } from '@records/kinds.ts';
import { emptyValue, fieldKind, getAt, pathKey, unwrap, type JsonNode, type Path } from '../lib/json-schema.ts';
import { ISSUE_KEYS } from '../lib/issues.ts';
import { useAreas } from '../lib/use-areas.ts';
import { RefPicker } from './ref-picker.tsx';

export type Errors = Map<string, string[]>;

interface FieldProps {
  name: string;
  path: Path;
  node: JsonNode;
  required: boolean;
  root: unknown;
  errors: Errors;
  onChange(path: Path, value: unknown): void;
}

const LANGS = ['zh', 'en', 'ru'] as const;
const idOf = (path: Path) => `f-${path.join('-')}`;

function ErrorText({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(' ')}
    </p>
  );
}

function Localized({ name, path, root, errors, onChange, required }: FieldProps) {
  const { t } = useTranslation();
  const value = (getAt(root, path) as Record<string, string> | undefined) ?? {};
  const keys = [...LANGS, ...Object.keys(value).filter((k) => !(LANGS as readonly string[]).includes(k))];
  const errorId = `${idOf(path)}-error`;
  const set = (lang: string, text: string) => {
    const next = { ...value };
    if (text.trim() === '') delete next[lang];
    else next[lang] = text;
    onChange(path, next);
  };
  const long = name === 'description' || name === 'summary' || name === 'purpose';
  return (
    <fieldset className="localized" aria-describedby={errors.get(pathKey(path)) ? errorId : undefined}>
      <legend>
        {t(`field.${name}`)}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {keys.map((lang) => {
        const id = `${idOf(path)}-${lang}`;
        const messages = errors.get(pathKey([...path, lang]));
        const props = {
          id,
          lang: lang === 'zh' ? 'zh-CN' : lang,
          value: value[lang] ?? '',
          'aria-invalid': messages ? true : undefined,
          'aria-describedby': messages ? `${id}-error` : undefined,
        };
        return (
          <div className="field inline" key={lang}>
            <label htmlFor={id}>{(LANGS as readonly string[]).includes(lang) ? t(`lang.${lang}`) : lang}</label>
            {long ? (
              <textarea {...props} rows={2} onChange={(e) => set(lang, e.target.value)} />
            ) : (
              <input {...props} onChange={(e) => set(lang, e.target.value)} />
            )}
            <ErrorText id={`${id}-error`} messages={messages} />
          </div>
        );
      })}
      <ErrorText id={errorId} messages={errors.get(pathKey(path))} />
    </fieldset>
  );
}

function Areas({ path, root, onChange, name, errors }: FieldProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { areas } = useAreas();
  const value = (getAt(root, path) as string[] | undefined) ?? [];
  return (
    <fieldset className="checks">
      <legend>{t(`field.${name}`)}</legend>
      {areas.map((a) => {
        const id = `${idOf(path)}-${a.key}`;
        return (
          <label key={a.key} htmlFor={id} className="check">
            <input
              id={id}
              type="checkbox"
              checked={value.includes(a.key)}
              onChange={(e) => onChange(path, e.target.checked ? [...value, a.key] : value.filter((k) => k !== a.key))}
            />
            {a.labels[lang]}
          </label>
        );
      })}
      <ErrorText id={`${idOf(path)}-error`} messages={errors.get(pathKey(path))} />
    </fieldset>
  );
}

function ListField(props: FieldProps & { item: JsonNode }) {
  const { t } = useTranslation();
  const { name, path, root, onChange, item, errors } = props;
  const value = (getAt(root, path) as unknown[] | undefined) ?? [];
  const refKind = REF_FIELDS[name];
  const move = (from: number, to: number) => {
    const next = [...value];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    onChange(path, next);
  };
  const label = t(`field.${name}`);
  return (
    <fieldset className="list">
      <legend>{label}</legend>
      <ErrorText id={`${idOf(path)}-error`} messages={errors.get(pathKey(path))} />
      <ol>
        {value.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no id: an item is edited in place and its fields are named by its number
          <li key={i} className="list-item">
            {refKind ? (
              <div className="field">
                <label htmlFor={idOf([...path, i])}>{t('form.item', { label, n: i + 1 })}</label>
                <RefPicker
                  id={idOf([...path, i])}
                  kind={refKind}
                  value={value[i] as string}
                  required
                  onChange={(v) => onChange([...path, i], v ?? '')}
                />
              </div>
            ) : (
              <Field
                {...props}
                name={singular(name)}
                path={[...path, i]}
                node={item}
                required
                label={t('form.item', { label, n: i + 1 })}
              />
            )}
            {/* biome-ignore lint/a11y/useSemanticElements: the buttons that move or remove this item, inside the list's fieldset; a nested <fieldset> would draw another bordered box */}
            <div className="item-tools" role="group" aria-label={t('form.item', { label, n: i + 1 })}>
              <button type="button" disabled={i === 0} onClick={() => move(i, i - 1)}>
                {t('form.up')}
              </button>
              <button type="button" disabled={i === value.length - 1} onClick={() => move(i, i + 1)}>
                {t('form.down')}
              </button>
              <button
                type="button"
                onClick={() =>
                  onChange(
                    path,
                    value.filter((__, j) => j !== i),
                  )
                }
              >
                {t('form.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange(path, [...value, refKind ? '' : emptyValue(item)])}>
        {t('form.add', { label })}
      </button>
    </fieldset>
  );
}

/** The name of one item of a list field: `history` items are history steps and so on. */
function singular(name: string): string {
  return `${name}Item`;
}

/**
 * An entry's own id that the entry may leave out (a tie's liaison contact) is the record's to give:
 * it is kept as it is, not drawn as a field for anyone to type.
 */
const givenByServer = (key: string, node: JsonNode) => key === 'id' && !(node.required ?? []).includes('id');

export function Field(props: FieldProps & { label?: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { name, path, node: raw, required, root, errors, onChange } = props;
  const { node, nullable } = unwrap(raw);
  const kind = fieldKind(name.replace(/Item$/, ''), node);
  const id = idOf(path);
  const value = getAt(root, path);
  const messages = errors.get(pathKey(path));
  const errorId = `${id}-error`;
  const label = props.label ?? t(`field.${name}`);
  const common = { id, 'aria-invalid': messages ? true : undefined, 'aria-describedby': messages ? errorId : undefined };
  const text = (v: string) => onChange(path, v === '' ? (nullable ? null : required ? '' : undefined) : v);

  if (kind === 'localized') return <Localized {...props} />;
  if (kind === 'areas') return <Areas {...props} />;
  if (kind === 'array' || kind === 'refs') return <ListField {...props} item={node.items ?? {}} />;
  if (kind === 'object') {
    if (nullable && value === null) {
      return (
        <div className="field">
          <span className="label">{label}</span>
          <button type="button" onClick={() => onChange(path, emptyValue({ ...node, default: undefined }))}>
            {t('form.addValue', { label })}
          </button>
        </div>
      );
    }
    return (
      <fieldset className="object">
        <legend>{label}</legend>
        <ErrorText id={errorId} messages={messages} />
        {Object.entries(node.properties ?? {})
          .filter(([key]) => !givenByServer(key, node))
          .map(([key, child]) => (
            <Field
              key={key}
              name={key}
              path={[...path, key]}
              node={child}
              required={node.required?.includes(key) ?? false}
              root={root}
              errors={errors}
              onChange={onChange}
            />
          ))}
        {nullable ? (
          <button type="button" onClick={() => onChange(path, null)}>
            {t('form.clear', { label })}
          </button>
        ) : null}
      </fieldset>
    );
  }

  let input: ReactNode;
  if (kind === 'ref') {
    input = (
      <RefPicker
        {...common}
        kind={REF_FIELDS[name]!}
        value={(value as string | null) ?? null}
        required={required && !nullable}
        onChange={(v) => onChange(path, v ?? (nullable ? null : ''))}
        describedBy={common['aria-describedby']}
        invalid={Boolean(messages)}
      />
    );
  } else if (kind === 'enum') {
    input = (
      <select {...common} value={(value as string | null) ?? ''} onChange={(e) => text(e.target.value)}>
        {nullable || !required ? <option value="">{t('form.none')}</option> : null}
        {node.enum!.map((v) => (
          <option key={v} value={v}>
            {t(`value.${v}`)}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'country') {
    input = (
      <select {...common} value={(value as string) ?? ''} onChange={(e) => text(e.target.value)}>
        <option value="">{t('form.choose')}</option>
        {allCountryCodes()
          .map((c) => ({ c, n: countryName(c, lang) }))
          .sort((a, b) => collatorFor(lang).compare(a.n, b.n))
          .map(({ c, n }) => (
            <option key={c} value={c}>
              {n} ({c})
            </option>
          ))}
      </select>
    );
  } else if (kind === 'number') {
    input = (
      <input
        {...common}
        type="number"
        value={value === null || value === undefined ? '' : String(value)}
        onChange={(e) => onChange(path, e.target.value === '' ? (nullable ? null : undefined) : Number(e.target.value))}
      />
    );
  } else if (kind === 'boolean') {
    input = <input {...common} type="checkbox" checked={Boolean(value)} onChange={(e) => onChange(path, e.target.checked)} />;
  } else if (kind === 'longtext') {
    input = (
      <textarea {...common} rows={name === 'text' ? 8 : 3} value={(value as string | null) ?? ''} onChange={(e) => text(e.target.value)} />
    );
  } else {
    const hintId = `${id}-hint`;
    input = (
      <>
        <input
          {...common}
          type="text"
          inputMode={kind === 'time' ? 'numeric' : undefined}
          placeholder={kind === 'date' ? t('form.datePlaceholder') : kind === 'time' ? 'HH:MM' : undefined}
          aria-describedby={[common['aria-describedby'], kind === 'date' ? hintId : null].filter(Boolean).join(' ') || undefined}
          value={(value as string | null) ?? ''}
          onChange={(e) => text(e.target.value)}
        />
        {kind === 'date' ? <DateHint id={hintId} text={String(value ?? '')} /> : null}
      </>
    );
  }
  return (
    <div className={`field${kind === 'boolean' ? ' inline' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && !nullable ? <span aria-hidden="true"> *</span> : null}
      </label>
      {input}
      <ErrorText id={errorId} messages={messages} />
    </div>
  );
}

/** Under a date field: what the typed text was read as, before it is saved, or what the field takes. */
export function DateHint({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const read = text.trim() ? understoodDate(text, currentLang()) : null;
  const shown = read === null ? t('form.dateHint') : 'date' in read ? t('form.dateRead', read) : t(ISSUE_KEYS[read.code]);
  return (
    <span id={id} className="hint" data-state={read === null ? 'empty' : 'date' in read ? 'read' : 'refused'} aria-live="polite">
      {shown}
    </span>
  );
}

/** A form for a whole record, one field per top-level property of its schema. */
export function SchemaForm({
  schema,
  value,
  errors,
  onChange,
}: {
  schema: JsonNode;
  value: unknown;
  errors: Errors;
  onChange(path: Path, value: unknown): void;
}) {
  return (
    <div className="schema-form">
      {Object.entries(schema.properties ?? {}).map(([key, node]) => (
        <Field
          key={key}
          name={key}
          path={[key]}
          node={node}
          required={schema.required?.includes(key) ?? false}
          root={value}
          errors={errors}
          onChange={onChange}
        />
      ))}
    </div>
  );
}
