import { Button, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, type Location } from 'react-router';
import { PageTitle } from '../../../app/PageTitle';
import { LiveRegion } from '../../../ui/LiveRegion';
import { LoadingState } from '../../../ui/LoadingState';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useIdentityProviders } from '../hooks/useIdentityProviders';
import { useLoginMutation } from '../hooks/useLoginMutation';

interface LoginLocationState {
  from?: Location;
  expired?: boolean;
}

/** Back to the case asked for, otherwise `/`, which sends each user to their first useful page. */
function targetAfterLogin(state: unknown): string {
  const from = (state as LoginLocationState | null)?.from;
  const path = from ? `${from.pathname}${from.search}` : '';
  return path.startsWith('/cases/') ? path : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user, loading: userLoading } = useCurrentUser();
  const { login, loading } = useLoginMutation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState(false);
  const expired = (location.state as LoginLocationState | null)?.expired === true;
  const providers = useIdentityProviders();
  // A refused single sign-on comes back as /login?sso=<reason> (docs/identity.md).
  const ssoRefused = new URLSearchParams(location.search).get('sso');

  if (userLoading && user === undefined) return <LoadingState label={t('app.loading')} />;
  if (user) return <Navigate to={targetAfterLogin(location.state)} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(false);
    const ok = await login(email.trim(), password);
    // Logged in: the refetched `me` re-renders this page into the <Navigate> above, the one
    // navigation after login. A second one here raced it: landing on `/` while `/` still
    // redirected could leave an empty page (seen under load in the browser journeys).
    if (!ok) {
      setFailed(true);
      setPassword('');
    }
  };

  return (
    <div className="mda-login">
      <PageTitle title={t('auth.loginTitle')} />
      <Paragraph>{t('auth.loginIntro')}</Paragraph>
      {expired && !failed ? <Paragraph role="status">{t('auth.sessionExpired')}</Paragraph> : null}
      {ssoRefused ? (
        <Paragraph className="mda-error-text" role="alert" data-testid="sso-error">
          {t('auth.ssoFailed')}
        </Paragraph>
      ) : null}
      {providers.length > 0 ? (
        <ul className="mda-login__sso" data-testid="sso-providers">
          {providers.map((p) => (
            <li key={p.organisationId}>
              {/* A full page load: the API redirects to the organisation's identity provider. */}
              <a className="utrecht-link utrecht-link--html-a" href={p.startPath}>
                {t('auth.ssoWith', { organisation: p.organisationName })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <LiveRegion politeness="assertive" className="mda-login__error">
        {failed ? (
          <Paragraph className="mda-error-text" data-testid="login-error" id="login-error">
            {t('auth.loginFailed')}
          </Paragraph>
        ) : null}
      </LiveRegion>
      <form method="post" noValidate={false} onSubmit={(event) => void onSubmit(event)}>
        <FormField type="text">
          <Paragraph className="utrecht-form-field__label">
            <FormLabel htmlFor="login-email">{t('auth.email')}</FormLabel>
          </Paragraph>
          <Paragraph className="utrecht-form-field__input">
            <Textbox
              id="login-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              invalid={failed}
              aria-describedby={failed ? 'login-error' : undefined}
              onChange={(event) => setEmail(event.target.value)}
              data-testid="login-email"
            />
          </Paragraph>
        </FormField>
        <FormField type="text">
          <Paragraph className="utrecht-form-field__label">
            <FormLabel htmlFor="login-password">{t('auth.password')}</FormLabel>
          </Paragraph>
          <Paragraph className="utrecht-form-field__input">
            <Textbox
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              invalid={failed}
              aria-describedby={failed ? 'login-error' : undefined}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="login-password"
            />
          </Paragraph>
        </FormField>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={loading}
          disabled={loading}
          data-testid="login-submit"
        >
          {loading ? t('auth.submitting') : t('auth.submit')}
        </Button>
      </form>
    </div>
  );
}
