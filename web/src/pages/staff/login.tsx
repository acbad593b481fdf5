import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { InputField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/page-title.tsx';

export default function LoginPage() {
  const { t } = useTranslation();
  const { me, login } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/staff';
  if (me?.user) return <Navigate to={next} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
      navigate(next, { replace: true });
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      setError(
        status === 429
          ? t('auth.tooMany')
          : status === 401 || status === 400
            ? t('auth.failed')
            : t('common.failed', { message: String(err) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <PageTitle text={t('auth.title')} sub={t('auth.intro')} />
      <form onSubmit={submit} className="stack" noValidate>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        <InputField
          id="login-email"
          type="email"
          autoComplete="username"
          required
          label={t('auth.email')}
          value={email}
          onChange={setEmail}
        />
        <InputField
          id="login-password"
          type="password"
          autoComplete="current-password"
          required
          label={t('auth.password')}
          value={password}
          onChange={setPassword}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('auth.submit')}
        </button>
      </form>
    </div>
  );
}
