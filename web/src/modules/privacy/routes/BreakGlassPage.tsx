import {
  Alert,
  Button,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/formatDate';
import { LiveRegion } from '../../../ui/LiveRegion';
import { RouterLink } from '../../../ui/RouterLink';
import {
  BREAK_GLASS_REASON_MIN,
  type BreakGlassProblems,
  breakGlassProblems,
  normaliseCaseReference,
} from '../breakGlass';
import { type BreakGlassGranted, useRequestBreakGlassMutation } from '../hooks/useRequestBreakGlassMutation';

/**
 * Emergency read access to a case outside the user's teams: a case reference and a
 * mandatory reason; granted at once, for a limited time, logged and reviewed by the FG.
 */
export function BreakGlassPage() {
  const { t, i18n } = useTranslation();
  const { requestBreakGlass, loading } = useRequestBreakGlassMutation();
  const [caseReference, setCaseReference] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<BreakGlassProblems>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [granted, setGranted] = useState<BreakGlassGranted | null>(null);
  const referenceRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    setGranted(null);
    const found = breakGlassProblems(caseReference, reason);
    setProblems(found);
    if (found.caseReference) return referenceRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    const outcome = await requestBreakGlass(normaliseCaseReference(caseReference), reason.trim());
    if (outcome.ok) {
      setGranted(outcome.data);
      setReason('');
    } else if (outcome.code === 'NOT_FOUND') {
      setApiError(t('breakGlass.notFound'));
    } else {
      // BAD_USER_INPUT, FORBIDDEN and CONFLICT carry a message written for professionals.
      setApiError(outcome.message ?? t('breakGlass.failed'));
    }
    resultRef.current?.focus();
  };

  const referenceError =
    problems.caseReference === 'required'
      ? t('breakGlass.referenceRequired')
      : problems.caseReference === 'format'
        ? t('breakGlass.referenceFormat')
        : null;
  const reasonLength = reason.trim().length;

  return (
    <div className="mda-break-glass">
      <PageTitle title={t('breakGlass.title')} />
      <Paragraph>{t('breakGlass.intro')}</Paragraph>

      <Alert type="warning" data-testid="break-glass-warning" className="mda-alert">
        <Heading2 className="mda-alert__title">{t('breakGlass.warningTitle')}</Heading2>
        <Paragraph>{t('breakGlass.warning')}</Paragraph>
      </Alert>

      <div ref={resultRef} tabIndex={-1}>
        <LiveRegion politeness="polite">
          {granted ? (
            <Alert type="ok" data-testid="break-glass-granted" className="mda-alert">
              <Heading2 className="mda-alert__title">{t('breakGlass.grantedTitle')}</Heading2>
              <Paragraph>
                {t('breakGlass.granted', {
                  reference: granted.caseReference,
                  expiresAt: formatDateTime(granted.expiresAt, i18n.language),
                })}
              </Paragraph>
              <Paragraph>
                <RouterLink to={`/cases/${granted.caseId}`} data-testid="break-glass-open-case">
                  {t('breakGlass.openCase', { reference: granted.caseReference })}
                </RouterLink>
              </Paragraph>
            </Alert>
          ) : null}
        </LiveRegion>
        {apiError ? (
          <ErrorAlert title={t('breakGlass.errorTitle')} data-testid="break-glass-error">
            <Paragraph>{apiError}</Paragraph>
          </ErrorAlert>
        ) : null}
      </div>

      <form
        className="mda-form mda-section"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-label={t('breakGlass.submit')}
      >
        <div className="mda-form__field">
          <FormLabel htmlFor="break-glass-reference">{t('breakGlass.caseReference')}</FormLabel>
          <FormFieldDescription id="break-glass-reference-hint" className="mda-form__hint">
            {t('breakGlass.caseReferenceHint')}
          </FormFieldDescription>
          <Textbox
            ref={referenceRef}
            id="break-glass-reference"
            name="caseReference"
            autoComplete="off"
            required
            invalid={Boolean(referenceError)}
            aria-invalid={Boolean(referenceError)}
            aria-describedby={
              referenceError ? 'break-glass-reference-hint break-glass-reference-error' : 'break-glass-reference-hint'
            }
            value={caseReference}
            onChange={(event) => setCaseReference(event.target.value)}
            data-testid="break-glass-reference"
          />
          {referenceError ? (
            <Paragraph id="break-glass-reference-error" className="mda-error-text">
              {referenceError}
            </Paragraph>
          ) : null}
        </div>

        <div className="mda-form__field">
          <FormLabel htmlFor="break-glass-reason">{t('breakGlass.reason')}</FormLabel>
          <FormFieldDescription id="break-glass-reason-hint" className="mda-form__hint">
            {t('breakGlass.reasonHint')}
          </FormFieldDescription>
          <Textarea
            ref={reasonRef}
            id="break-glass-reason"
            name="reason"
            rows={4}
            required
            minLength={BREAK_GLASS_REASON_MIN}
            invalid={Boolean(problems.reason)}
            aria-invalid={Boolean(problems.reason)}
            aria-describedby={
              problems.reason ? 'break-glass-reason-hint break-glass-reason-error' : 'break-glass-reason-hint'
            }
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            data-testid="break-glass-reason"
          />
          <span className="mda-muted" aria-hidden="true" data-testid="break-glass-reason-count">
            {t('breakGlass.reasonCount', { count: reasonLength })}
          </span>
          {problems.reason ? (
            <Paragraph id="break-glass-reason-error" className="mda-error-text">
              {t('breakGlass.reasonTooShort')}
            </Paragraph>
          ) : null}
        </div>

        <Button
          type="submit"
          appearance="primary-action-button"
          busy={loading}
          disabled={loading}
          data-testid="break-glass-submit"
        >
          {loading ? t('breakGlass.submitting') : t('breakGlass.submit')}
        </Button>
      </form>
    </div>
  );
}
