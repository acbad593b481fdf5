import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from './data-table.tsx';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const SIDES = ['mine', 'theirs'] as const;
const KEEP = { mine: 'conflict.keepMine', theirs: 'conflict.keepTheirs' } as const;
const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v, null, 1));

export interface ConflictProps {
  /** The record as this editor loaded it. */
  base: Record<string, unknown>;
  /** The record as it is now, after someone else's save. */
  theirs: Record<string, unknown>;
  theirVersion: number;
  /** This user's unsaved edit. */
  mine: Record<string, unknown>;
  onMerge(merged: Record<string, unknown>, version: number): void;
  onDiscard(theirs: Record<string, unknown>, version: number): void;
}

/**
 * Someone saved the record while this user was editing it. Their changes and the user's own are
 * shown side by side; where both changed a field the user chooses which to keep.
 */
export function ConflictPanel({ base, theirs, theirVersion, mine, onMerge, onDiscard }: ConflictProps) {
  const { t } = useTranslation();
  const keys = [...new Set([...Object.keys(base), ...Object.keys(theirs), ...Object.keys(mine)])];
  const rows = keys
    .map((key) => ({ key, theirsChanged: !same(base[key], theirs[key]), mineChanged: !same(base[key], mine[key]) }))
    .filter((r) => r.theirsChanged || r.mineChanged);
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>(() =>
    Object.fromEntries(rows.filter((r) => r.theirsChanged && r.mineChanged).map((r) => [r.key, 'mine'])),
  );

  const merge = () => {
    const merged = { ...theirs };
    for (const r of rows) {
      if (r.mineChanged && (!r.theirsChanged || choice[r.key] === 'mine')) merged[r.key] = mine[r.key];
    }
    onMerge(merged, theirVersion);
  };

  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-h">
      <h2 id="conflict-h">{t('conflict.title')}</h2>
      <p>{t('conflict.explain', { version: theirVersion })}</p>
      <DataTable
        columns={[t('conflict.field'), t('conflict.theirs'), t('conflict.mine'), t('conflict.keep')]}
        rows={rows}
        row={(r) => (
          <tr key={r.key}>
            <th scope="row">{t(`field.${r.key}`)}</th>
            <td>
              <pre>{r.theirsChanged ? show(theirs[r.key]) : t('conflict.unchanged')}</pre>
            </td>
            <td>
              <pre>{r.mineChanged ? show(mine[r.key]) : t('conflict.unchanged')}</pre>
            </td>
            <td>
              {r.theirsChanged && r.mineChanged ? (
                <fieldset className="choice">
                  <legend className="visually-hidden">{t('conflict.keepFor', { field: t(`field.${r.key}`) })}</legend>
                  {SIDES.map((side) => (
                    <label key={side}>
                      <input
                        type="radio"
                        name={`keep-${r.key}`}
                        checked={choice[r.key] === side}
                        onChange={() => setChoice({ ...choice, [r.key]: side })}
                      />{' '}
                      {t(KEEP[side])}
                    </label>
                  ))}
                </fieldset>
              ) : (
                t(KEEP[r.mineChanged ? 'mine' : 'theirs'])
              )}
            </td>
          </tr>
        )}
      />
      <div className="actions">
        <button type="button" className="primary" onClick={merge}>
          {t('conflict.merge')}
        </button>
        <button type="button" onClick={() => onDiscard(theirs, theirVersion)}>
          {t('conflict.discard')}
        </button>
      </div>
    </section>
  );
}
