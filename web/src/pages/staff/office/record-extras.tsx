import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntityKind } from '@records/kinds.ts';
import type { Partnership } from '@records/partnership/partnership.schema.ts';
import { useRecord } from '../../../api/queries.ts';
import { hasRole, useSession } from '../../../api/session.tsx';
import { TieStatusPanel } from './tie-status.tsx';

/**
 * What the office's year adds to a record's editor: a tie's status and its history of statuses,
 * and follow-up tasks from an agreement or a tie.
 */
export function RecordExtras({
  kind,
  id,
  onChanged,
}: {
  kind: EntityKind;
  id: string;
  onChanged(record: Record<string, unknown> & { version: number }): void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const tie = useRecord<Partnership>('partnership', kind === 'partnership' ? id : undefined);
  const task =
    hasRole(me, 'editor') && (kind === 'agreement' || kind === 'partnership') ? (
      <p>
        <Link to={`/staff/tasks/new?${kind}Id=${id}`}>{t('office.tasks.newFrom')}</Link>
      </p>
    ) : null;
  if (kind === 'partnership' && tie.data) {
    return (
      <>
        <TieStatusPanel
          tie={tie.data}
          onChanged={(changed) => onChanged(changed as unknown as Record<string, unknown> & { version: number })}
        />
        {task}
      </>
    );
  }
  return task;
}

/** The user's draft after someone's change outside the form: fields the user has not touched take the stored value. */
export function withOutsideChange(
  base: Record<string, unknown>,
  draft: Record<string, unknown>,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...draft };
  for (const [key, value] of Object.entries(stored)) if (JSON.stringify(draft[key]) === JSON.stringify(base[key])) out[key] = value;
  return out;
}
