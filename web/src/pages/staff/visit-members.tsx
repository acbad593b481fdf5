import { useTranslation } from 'react-i18next';
import type { Person } from '@records/person/person.schema.ts';
import { titleAt } from '@domain/positions.ts';
import { parseWrittenDate } from '@domain/written-date.ts';
import { api } from '../../api/client.ts';
import { Field, InputField } from '../../components/fields.tsx';
import { Bilingual } from '../../components/bilingual-input.tsx';
import { RefPicker } from '../../components/ref-picker.tsx';

/** A delegation member as planned: someone in the registry, or a new person named in Chinese and English. */
export interface Member {
  personId: string | null;
  newPerson: { names: Record<string, string> } | null;
  title: Record<string, string>;
  delegation: 'head' | 'member' | null;
  /** Whom the member stood for, kept as recorded. */
  representing: { placeId: string | null; organisationId: string | null } | null;
}

export const blankMember = (head: boolean): Member => ({
  personId: null,
  newPerson: null,
  title: {},
  delegation: head ? 'head' : 'member',
  representing: null,
});

/** The request's member: the names left empty are left out. */
export function memberRequest(m: Member) {
  const names = Object.fromEntries(Object.entries(m.newPerson?.names ?? {}).filter(([, v]) => v.trim()));
  const kept = { title: m.title, delegation: m.delegation, representing: m.representing };
  return m.newPerson ? { newPerson: { names }, ...kept } : { personId: m.personId ?? '', ...kept };
}

/** One member's row: found or new, their place in the delegation and the title they held then, prefilled from their positions. */
export function MemberRow({
  i,
  member,
  date,
  onChange,
  onRemove,
}: {
  i: number;
  member: Member;
  date: string | null;
  onChange(patch: Partial<Member>): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const isNew = member.newPerson !== null;
  const choose = async (personId: string | null) => {
    onChange({ personId });
    if (!personId) return;
    const person = await api<Person>(`/api/people/${personId}`);
    const read = date ? parseWrittenDate(date) : null;
    onChange({ personId, title: titleAt(person.positions, read?.ok ? read.date : null) });
  };
  const setName = (lang: 'zh' | 'en', name: string) => onChange({ newPerson: { names: { ...member.newPerson?.names, [lang]: name } } });
  return (
    <li className="list-item">
      {/* biome-ignore lint/a11y/useSemanticElements: one member's fields under one name; a nested <fieldset> would draw another bordered box */}
      <div role="group" aria-label={t('visits.memberGroup', { n: i + 1 })}>
        <fieldset className="plain">
          <legend className="visually-hidden">{t('visits.memberWho', { n: i + 1 })}</legend>
          <div className="field inline">
            <input type="radio" id={`v-found-${i}`} name={`v-who-${i}`} checked={!isNew} onChange={() => onChange({ newPerson: null })} />
            <label htmlFor={`v-found-${i}`}>{t('visits.memberFound')}</label>{' '}
            <input
              type="radio"
              id={`v-new-${i}`}
              name={`v-who-${i}`}
              checked={isNew}
              onChange={() => onChange({ newPerson: { names: {} }, personId: null })}
            />
            <label htmlFor={`v-new-${i}`}>{t('visits.memberNew')}</label>
          </div>
        </fieldset>
        <div className="row">
          {isNew ? (
            <>
              <InputField
                id={`v-name-zh-${i}`}
                label={t('visits.nameZh', { n: i + 1 })}
                lang="zh-CN"
                value={member.newPerson?.names.zh ?? ''}
                onChange={(v) => setName('zh', v)}
              />
              <InputField
                id={`v-name-en-${i}`}
                label={t('visits.nameEn', { n: i + 1 })}
                lang="en"
                value={member.newPerson?.names.en ?? ''}
                onChange={(v) => setName('en', v)}
              />
            </>
          ) : (
            <Field id={`v-person-${i}`} label={t('visits.member', { n: i + 1 })}>
              <RefPicker id={`v-person-${i}`} kind="person" value={member.personId} required onChange={(v) => void choose(v)} />
            </Field>
          )}
          <Field id={`v-role-${i}`} label={t('visits.role')}>
            <select
              id={`v-role-${i}`}
              value={member.delegation ?? ''}
              onChange={(e) => onChange({ delegation: (e.target.value || null) as Member['delegation'] })}
            >
              <option value="head">{t('value.head')}</option>
              <option value="member">{t('value.member')}</option>
              <option value="">{t('visits.notInDelegation')}</option>
            </select>
          </Field>
        </div>
        <Bilingual id={`v-ptitle-${i}`} label={t('visits.titleHeld')} value={member.title} onChange={(title) => onChange({ title })} />
        <button type="button" onClick={onRemove}>
          {t('visits.removeMember', { n: i + 1 })}
        </button>
      </div>
    </li>
  );
}
