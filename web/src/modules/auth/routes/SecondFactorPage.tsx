import {
  Alert,
  Button,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageTitle } from '../../../app/PageTitle';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LiveRegion } from '../../../ui/LiveRegion';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { useConfirmTotpEnrolmentMutation } from '../hooks/useConfirmTotpEnrolmentMutation';
import { useSecondFactorStatus } from '../hooks/useSecondFactorStatus';
import { type TotpEnrolment, useStartTotpEnrolmentMutation } from '../hooks/useStartTotpEnrolmentMutation';
import { useVerifySecondFactorMutation } from '../hooks/useVerifySecondFactorMutation';

/** Where to go back to after confirming: the case the user came from, else the start page. */
function backTarget(state: unknown): string {
  const from = (state as { from?: string } | null)?.from;
  return typeof from === 'string' && from.startsWith('/cases/') ? from : '/';
}

/**
 * Tweede factor: confirm this session with a code from the authenticator app (TOTP), or link
 * an app first. Health, criminal and secret-location data need it where the deployment says so.
 */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { status } = useSecondFactorStatus();
  const { verify, loading: verifying } = useVerifySecondFactorMutation();
  const { start, loading: starting } = useStartTotpEnrolmentMutation();
  const { confirm, loading: confirming } = useConfirmTotpEnrolmentMutation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [done, setDone] = useState(false);

  if (status === undefined) return <LoadingState label={t('app.loading')} />;
  if (status === null) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const trimmed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(trimmed)) {
      setError(t('secondFactor.codeFormat'));
      return;
    }
    const outcome = enrolment ? await confirm(trimmed) : await verify(trimmed);
    setCode('');
    if (outcome.ok) {
      setDone(true);
      setEnrolment(null);
    } else {
      setError(
        outcome.code === 'BAD_USER_INPUT' ? t('secondFactor.codeWrong') : (outcome.message ?? t('secondFactor.failed')),
      );
    }
  };

  const onStart = async () => {
    setError(null);
    const outcome = await start();
    if (outcome.ok) setEnrolment(outcome.data);
    else setError(outcome.message ?? t('secondFactor.failed'));
  };

  const confirmed = done || status.confirmed;
  const busy = verifying || confirming;
  return (
    <div className="mda-second-factor">
      <PageTitle title={t('secondFactor.title')} />
      <Paragraph>{t('secondFactor.intro')}</Paragraph>
      <LiveRegion politeness="polite">
        {confirmed ? (
          <Alert type="ok" className="mda-alert" data-testid="second-factor-confirmed">
            <Paragraph>{t('secondFactor.confirmed')}</Paragraph>
            <Paragraph>
              <RouterLink to={backTarget(location.state)}>{t('secondFactor.back')}</RouterLink>
            </Paragraph>
          </Alert>
        ) : status.required ? (
          <Alert type="warning" className="mda-alert" data-testid="second-factor-required">
            <Paragraph>{t('secondFactor.required')}</Paragraph>
          </Alert>
        ) : (
          <Paragraph data-testid="second-factor-optional">{t('secondFactor.optional')}</Paragraph>
        )}
      </LiveRegion>
      {error ? (
        <ErrorAlert title={t('secondFactor.errorTitle')} data-testid="second-factor-error">
          <Paragraph>{error}</Paragraph>
        </ErrorAlert>
      ) : null}

      {enrolment ? (
        <section className="mda-section" data-testid="totp-enrolment">
          <Heading2>{t('secondFactor.enrolTitle')}</Heading2>
          <Paragraph>{t('secondFactor.enrolSteps')}</Paragraph>
          <Paragraph>
            {t('secondFactor.secret')}: <code data-testid="totp-secret">{enrolment.secret}</code>
          </Paragraph>
          <Paragraph className="mda-muted">
            <a className="utrecht-link utrecht-link--html-a" href={enrolment.otpauthUri}>
              {t('secondFactor.openInApp')}
            </a>
          </Paragraph>
        </section>
      ) : null}

      {!confirmed || enrolment ? (
        status.enrolled || enrolment ? (
          <form
            className="mda-form mda-section"
            noValidate
            onSubmit={(event) => void onSubmit(event)}
            aria-label={t('secondFactor.submit')}
          >
            <div className="mda-form__field">
              <FormLabel htmlFor="second-factor-code">{t('secondFactor.code')}</FormLabel>
              <FormFieldDescription id="second-factor-code-hint" className="mda-form__hint">
                {t('secondFactor.codeHint')}
              </FormFieldDescription>
              <Textbox
                id="second-factor-code"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                required
                invalid={Boolean(error)}
                aria-invalid={Boolean(error)}
                aria-describedby="second-factor-code-hint"
                value={code}
                onChange={(event) => setCode(event.target.value)}
                data-testid="second-factor-code"
              />
            </div>
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={busy}
              disabled={busy}
              data-testid="second-factor-submit"
            >
              {t('secondFactor.submit')}
            </Button>
          </form>
        ) : null
      ) : null}

      {!enrolment ? (
        <section className="mda-section">
          <Paragraph>{status.enrolled ? t('secondFactor.relinkIntro') : t('secondFactor.enrolIntro')}</Paragraph>
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={starting}
            disabled={starting}
            onClick={() => void onStart()}
            data-testid="totp-enrol-start"
          >
            {status.enrolled ? t('secondFactor.relink') : t('secondFactor.enrol')}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
