import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User, Users } from '@contract/auth.ts';
import { ROLES, type Role } from '@domain/permissions.ts';
import { api, ApiError } from '../../api/client.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { InputField, SelectField } from '../../components/fields.tsx';
import { OutcomeLine, PageTitle, QueryState } from '../../components/page-title.tsx';
import { issueText } from '../../lib/issues.ts';

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
  const refresh = () => client.invalidateQueries({ queryKey: ['users'] });
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
  const change = async (user: User, body: Partial<Pick<User, 'role' | 'disabled'>>) => {
    try {
      await api(`/api/users/${user.id}`, { method: 'PATCH', body });
      setMessage({ ok: true, text: t('users.changed', { email: user.email }) });
      await refresh();
    } catch (err) {
      report(err);
    }
  };

  return (
    <div>
      <PageTitle text={t('users.title')} />
      <QueryState loading={users.isLoading} error={users.error} />
      <OutcomeLine outcome={message} />
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
