import {
  Alert,
  Button,
  ButtonGroup,
  FormFieldDescription,
  FormLabel,
  Heading3,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorRegion } from '../../../ui/ErrorRegion';
import { formatLocalDate } from '../../../ui/formatDate';
import { LiveRegion } from '../../../ui/LiveRegion';
import { erasureDraftProblems, ERASURE_NOTE_MIN, type ErasureDraftProblems } from '../erasure';
import { PersonIdField } from '../components/PersonIdField';
import { DataSubjectConfirmation } from '../components/DataSubjectConfirmation';
import { DataSubjectSearch } from '../components/DataSubjectSearch';
import { PrivacyConsoleSection } from '../components/PrivacyConsoleSection';
import { type ErasureOutcome, useRequestErasureMutation } from '../hooks/useRequestErasureMutation';
import { PendingErasureRequests } from '../components/PendingErasureRequests';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayRequestErasure } from '../../auth/permissions';

/**
 * AVG art. 17 (verwijderverzoek): the privacy officer hands in a person's erasure request
 * with a note. The API decides in one transaction: pseudonymised when no retention duty
 * runs, otherwise restricted (art. 18) with its legal basis. Irreversible: confirm first.
 * Only the covenant's coordinating privacy officer hands requests in; one that touches another
 * organisation's data waits for a second privacy officer (four eyes), listed below the form.
 */
export function ErasureRequestPage() {
  const { t, i18n } = useTranslation();
  const ability = useAppAbility();
  const mayRequest = mayRequestErasure(ability);
  const [personId, setPersonId] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ErasureDraftProblems>({});
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ErasureOutcome | null>(null);
  const { requestErasure, loading } = useRequestErasureMutation();
  const personRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const focusFirstProblem = (found: ErasureDraftProblems) => {
    if (found.personId) personRef.current?.focus();
    else if (found.note) noteRef.current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setOutcome(null);
    const found = erasureDraftProblems(personId, note, {
      personIdRequired: t('dataSubject.personIdRequired'),
      noteRequired: t('erasure.noteRequired', { min: ERASURE_NOTE_MIN }),
    });
    setProblems(found);
    if (found.personId || found.note) return focusFirstProblem(found);
    setConfirming(true);
  };

  const onConfirm = async () => {
    const result = await requestErasure(personId.trim(), note.trim());
    setConfirming(false);
    if (result.ok) {
      setOutcome(result.data);
      setPersonId('');
      setNote('');
      resultRef.current?.focus();
      return;
    }
    if (result.code === 'NOT_FOUND') {
      const found = { personId: result.message ?? t('erasure.failed') };
      setProblems(found);
      return focusFirstProblem(found);
    }
    if (result.code === 'BAD_USER_INPUT' && result.problems && result.problems.length > 0) {
      // The API reports every problem at once, named by field: show each next to its field.
      const found: ErasureDraftProblems = {};
      for (const problem of result.problems) {
        if (problem.field === 'note') found.note = problem.message;
        else found.personId = problem.message;
      }
      setProblems(found);
      return focusFirstProblem(found);
    }
    setFailure(result.message ?? t('erasure.failed'));
    resultRef.current?.focus();
  };

  return (
    <PrivacyConsoleSection title={t('erasure.title')} headingId="erasure-heading">
      <Paragraph>{t('erasure.intro')}</Paragraph>
      {mayRequest ? (
        <Alert type="warning" className="mda-alert" data-testid="erasure-warning">
          <Paragraph>{t('erasure.irreversible')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph data-testid="erasure-coordinator-only">{t('erasure.coordinatorOnly')}</Paragraph>
      )}

      <div ref={resultRef} tabIndex={-1}>
        <LiveRegion politeness="polite">
          {outcome?.outcome === 'PENDING_APPROVAL' ? (
            <Alert type="info" className="mda-alert" data-testid="erasure-outcome" data-outcome={outcome.outcome}>
              <Heading3 className="mda-alert__title">{t('erasure.pendingOutcomeTitle')}</Heading3>
              <Paragraph>{t('erasure.pendingOutcomeText')}</Paragraph>
              <Paragraph data-testid="erasure-basis">
                <strong>{t('erasure.basis')}</strong> {outcome.basis}
              </Paragraph>
            </Alert>
          ) : outcome ? (
            <Alert type="ok" className="mda-alert" data-testid="erasure-outcome" data-outcome={outcome.outcome}>
              <Heading3 className="mda-alert__title">
                {outcome.outcome === 'ERASED' ? t('erasure.erasedTitle') : t('erasure.restrictedTitle')}
              </Heading3>
              <Paragraph>
                {outcome.outcome === 'ERASED' ? t('erasure.erasedText') : t('erasure.restrictedText')}
              </Paragraph>
              <Paragraph data-testid="erasure-basis">
                <strong>{t('erasure.basis')}</strong> {outcome.basis}
              </Paragraph>
              {outcome.outcome === 'RESTRICTED' ? (
                <Paragraph data-testid="erasure-until">
                  <strong>{t('erasure.until')}</strong>{' '}
                  {outcome.restrictedUntil
                    ? formatLocalDate(outcome.restrictedUntil, i18n.language)
                    : t('erasure.untilCaseClosed')}
                </Paragraph>
              ) : null}
            </Alert>
          ) : null}
        </LiveRegion>
        <ErrorRegion title={t('erasure.failedTitle')} message={failure} data-testid="erasure-error" />
      </div>

      {mayRequest ? (
        <DataSubjectSearch
          idPrefix="erasure"
          onChoose={(match) => {
            setPersonId(match.id);
            setConfirming(false);
            personRef.current?.focus();
          }}
        />
      ) : null}
      {mayRequest ? (
        <form className="mda-form mda-section" onSubmit={onSubmit} noValidate aria-labelledby="erasure-heading">
          <PersonIdField
            id="erasure-person-id"
            value={personId}
            onChange={(value) => {
              setPersonId(value);
              setConfirming(false);
            }}
            error={problems.personId ?? null}
            inputRef={personRef}
          />
          <DataSubjectConfirmation personId={personId} idPrefix="erasure" />
          <div className="mda-form__field">
            <FormLabel htmlFor="erasure-note">{t('erasure.note')}</FormLabel>
            <FormFieldDescription id="erasure-note-hint" className="mda-form__hint">
              {t('erasure.noteHint', { min: ERASURE_NOTE_MIN })}
            </FormFieldDescription>
            <Textarea
              ref={noteRef}
              id="erasure-note"
              name="note"
              rows={3}
              required
              invalid={Boolean(problems.note)}
              aria-invalid={Boolean(problems.note)}
              aria-describedby={problems.note ? 'erasure-note-hint erasure-note-error' : 'erasure-note-hint'}
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
                setConfirming(false);
              }}
              data-testid="erasure-note"
            />
            {problems.note ? (
              <Paragraph id="erasure-note-error" className="mda-error-text" data-testid="erasure-note-error">
                {problems.note}
              </Paragraph>
            ) : null}
          </div>
          {confirming ? null : (
            <Button type="submit" appearance="primary-action-button" data-testid="erasure-submit">
              {t('erasure.submit')}
            </Button>
          )}
        </form>
      ) : null}

      {confirming ? (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="group"
          aria-labelledby="erasure-confirm-title"
          className="mda-confirm"
          data-testid="erasure-confirm"
        >
          <Heading3 id="erasure-confirm-title">{t('erasure.confirmTitle')}</Heading3>
          <Paragraph>{t('erasure.confirmText', { personId: personId.trim() })}</Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              busy={loading}
              disabled={loading}
              onClick={() => void onConfirm()}
              data-testid="erasure-confirm-yes"
            >
              {loading ? t('erasure.submitting') : t('erasure.confirmYes')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              disabled={loading}
              onClick={() => setConfirming(false)}
              data-testid="erasure-confirm-no"
            >
              {t('erasure.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      ) : null}

      <PendingErasureRequests />
    </PrivacyConsoleSection>
  );
}
