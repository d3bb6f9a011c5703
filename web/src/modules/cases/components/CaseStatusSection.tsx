import { type CaseStatus, type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayTransitionCase } from '../../auth/permissions';
import { useTransitionCaseMutation } from '../hooks/useTransitionCaseMutation';

export const CaseStatusSection_caseFragment = graphql(`
  fragment CaseStatusSection_case on Case {
    id
    reference
    status
    version
    allowedTransitions
  }
`);

export interface CaseStatusSectionProps {
  case: FragmentType<typeof CaseStatusSection_caseFragment>;
  /** Reload the case after someone else changed it (CONFLICT). */
  onStale(): Promise<unknown>;
}

/** The status, and the transitions this user may make, each after a confirmation. */
export function CaseStatusSection({ case: caseRef, onStale }: CaseStatusSectionProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const data = getFragmentData(CaseStatusSection_caseFragment, caseRef);
  const ability = useAppAbility();
  // The API names the moves the state machine allows; the session's rules decide whether
  // this user's organisation and role may make them at all.
  const transitions = mayTransitionCase(ability, data.id) ? data.allowedTransitions : [];
  const { transition, loading } = useTransitionCaseMutation();
  const [pending, setPending] = useState<CaseStatus | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const confirm = async (to: CaseStatus) => {
    const result = await transition({ caseId: data.id, to, expectedVersion: data.version });
    setPending(null);
    if (result.ok) {
      setFeedback({ kind: 'ok', text: t('case.transitioned', { status: labels.caseStatus(result.status) }) });
    } else if (result.code === 'CONFLICT') {
      await onStale();
      setFeedback({ kind: 'error', text: t('case.conflict') });
    } else if (result.code === 'FORBIDDEN') {
      setFeedback({ kind: 'error', text: t('case.forbidden') });
    } else if (result.code === 'BAD_USER_INPUT' && result.message) {
      // Written by the API for professionals: says which rule the transition breaks.
      setFeedback({ kind: 'error', text: result.message });
    } else {
      setFeedback({ kind: 'error', text: t('case.transitionFailed') });
    }
    headingRef.current?.focus();
  };

  return (
    <section aria-labelledby="case-status-heading" className="mda-section" data-testid="case-status-section">
      <Heading2 id="case-status-heading" ref={headingRef} tabIndex={-1}>
        {t('case.statusTitle')}
      </Heading2>
      <Paragraph>{t('case.currentStatus', { status: labels.caseStatus(data.status) })}</Paragraph>

      <FeedbackRegions feedback={feedback} testId="transition" />

      {pending ? (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="group"
          aria-labelledby="case-status-confirm-title"
          className="mda-confirm"
          data-testid="transition-confirm"
        >
          <Heading3 id="case-status-confirm-title">{t('case.confirmTitle')}</Heading3>
          <Paragraph>
            {t('case.confirmText', {
              reference: data.reference,
              from: labels.caseStatus(data.status),
              to: labels.caseStatus(pending),
            })}
          </Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              busy={loading}
              disabled={loading}
              onClick={() => void confirm(pending)}
              data-testid="transition-confirm-yes"
            >
              {loading ? t('case.transitioning') : t('case.confirm')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              disabled={loading}
              onClick={() => {
                setPending(null);
                headingRef.current?.focus();
              }}
            >
              {t('case.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      ) : transitions.length === 0 ? (
        <Paragraph>{t('case.noTransitions')}</Paragraph>
      ) : (
        <ButtonGroup aria-label={t('case.transitionsLabel')} role="group">
          {transitions.map((to) => (
            <Button
              key={to}
              type="button"
              appearance="secondary-action-button"
              data-testid={`transition-${to}`}
              onClick={() => {
                setFeedback(null);
                setPending(to);
              }}
            >
              {t('case.transitionTo', { status: labels.caseStatus(to) })}
            </Button>
          ))}
        </ButtonGroup>
      )}
    </section>
  );
}
