import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User, Users } from '@contract/auth.ts';
import { ROLES, type Role } from '@domain/permissions.ts';
import { api, ApiError } from '../../api/client.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { useConfirm } from '../../components/confirm.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { InputField, SelectField } from '../../components/fields.tsx';
import { OutcomeLine, PageTitle, QueryState } from '../../components/page-title.tsx';
import { issueText } from '../../lib/issues.ts';
import { refetchAfterWrite } from '../../api/queries.ts';

/** Accounts and their roles (administrators only). */
export default function UsersPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<Users>('/api/users'), enabled: hasRole(me, 'admin') });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { dialog, ask } = useConfirm();
  if (!hasRole(me, 'admin')) return <p role="alert">{t('auth.forbidden')}</p>;

  const report = (err: unknown) =>
    setMessage({
      ok: false,
      text:
        err instanceof ApiError
          ? err.issues[0]
            ? issueText(err.issues[0], t)
            : t(`apiError.${err.code}`, { defaultValue: err.message })
          : String(err),
    });
  const refresh = () => refetchAfterWrite(client, { queryKey: ['users'] });
  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('/api/users', { method: 'POST', body: { email, role, password } });
      setEmail('');
      setPassword('');
      setMessage({ ok: true, text: t('users.created', { email }) });
      await refresh();
    } catch (err) {
      report(err);
    }
  };
  /** Disabling and role changes say what they will do and wait for a yes; enabling needs none. */
  const confirmed = (user: User, body: Partial<Pick<User, 'role' | 'disabled'>>) => {
    if (body.disabled === true)
      return ask({
        title: t('users.confirmDisable.title', { email: user.email }),
        body: t('users.confirmDisable.body', { email: user.email }),
        confirm: t('users.confirmDisable.confirm'),
      });
    if (body.role !== undefined) {
      const words = { email: user.email, role: t(`role.${body.role}`), from: t(`role.${user.role}`) };
      return ask({
        title: t('users.confirmRole.title', words),
        body: t('users.confirmRole.body', words),
        confirm: t('users.confirmRole.confirm'),
      });
    }
    return Promise.resolve(true);
  };
  const change = async (user: User, body: Partial<Pick<User, 'role' | 'disabled'>>) => {
    if (!(await confirmed(user, body))) return;
    setMessage(null);
    try {
      await api(`/api/users/${user.id}`, { method: 'PATCH', body });
    } catch (err) {
      report(err);
      return;
    }
    const self = me?.user?.id === user.id;
    setMessage({ ok: true, text: t(self ? 'users.changedSelf' : 'users.changed', { email: user.email }) });
    await refresh();
  };

  return (
    <div>
      <PageTitle text={t('users.title')} />
      {/* One line at a time: the last action's outcome, else the list's own trouble. */}
      {message ? <OutcomeLine outcome={message} /> : <QueryState loading={users.isLoading} error={users.error} />}
      {dialog}
      <DataTable
        columns={[t('auth.email'), t('users.role'), t('users.state'), t('users.actions')]}
        rows={users.data?.items ?? []}
        row={(u) => (
          <tr key={u.id}>
            <td>{u.email}</td>
            <td>
              <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                {t('users.roleOf', { email: u.email })}
              </label>
              <select id={`role-${u.id}`} value={u.role} onChange={(e) => void change(u, { role: e.target.value as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            </td>
            <td>{u.disabled ? t('users.disabled') : t('users.active')}</td>
            <td>
              <button type="button" onClick={() => void change(u, { disabled: !u.disabled })}>
                {u.disabled ? t('users.enable') : t('users.disable')}
              </button>
            </td>
          </tr>
        )}
      />
      <form onSubmit={create} className="stack panel" aria-labelledby="new-user-h" noValidate>
        <h2 id="new-user-h">{t('users.new')}</h2>
        <InputField id="nu-email" type="email" label={t('auth.email')} value={email} onChange={setEmail} />
        <SelectField
          id="nu-role"
          label={t('users.role')}
          value={role}
          onChange={setRole}
          options={ROLES}
          optionLabel={(r) => t(`role.${r}`)}
        />
        <InputField
          id="nu-password"
          type="password"
          autoComplete="new-password"
          label={t('auth.password')}
          value={password}
          onChange={setPassword}
        />
        <button type="submit" className="primary">
          {t('users.create')}
        </button>
      </form>
    </div>
  );
}
