import { useTranslation } from 'react-i18next';
import type { EntityKind } from '@records/kinds.ts';
import { useLabelled } from '../lib/record-labels.ts';

interface RefPickerProps {
  id: string;
  kind: EntityKind;
  value: string | null;
  onChange(value: string | null): void;
  required?: boolean;
  describedBy?: string;
  invalid?: boolean;
}

/** Chooses a record of one kind by its name. */
export function RefPicker({ id, kind, value, onChange, required, describedBy, invalid }: RefPickerProps) {
  const { t } = useTranslation();
  const { options, loading } = useLabelled(kind);
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || null)}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-busy={loading || undefined}
    >
      <option value="">{required ? t('form.choose') : t('form.none')}</option>
      {value && !options.some((o) => o.id === value) ? <option value={value}>{value}</option> : null}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
