import { type FragmentType, getFragmentData, graphql, type SignOffDecision } from '@mda/graphql';
import { Button, ButtonGroup, Heading2, Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { formatDateTime } from '../../../ui/formatDate';
import { useProposePlanMutation } from '../hooks/useProposePlanMutation';
import { useSignOffPlanMutation } from '../hooks/useSignOffPlanMutation';
import { problemFor, TextAreaField } from './PlanFields';
import { VersionDiffSection } from './VersionDiffSection';

export const AgreementSection_planFragment = graphql(`
  fragment AgreementSection_plan on Plan {
    id
    caseId
    status
    version
    nextVersionNumber
    agreedVersionNumber
    viewerCan {
      propose
      signOff
    }
    versions {
      number
      status
      proposedAt
      decidedAt
      proposedBy {
        name
        organisation {
          name
        }
      }
      pendingOrganisations {
        id
        name
      }
      signOffs {
        id
        decision
        reason
        signedAt
        signedBy
        organisation {
          id
          name
        }
      }
    }
  }
`);

export interface AgreementSectionProps {
  plan: FragmentType<typeof AgreementSection_planFragment>;
  /** From the session's rules (the API checks again). */
  mayPropose: boolean;
  maySignOff: boolean;
  onChanged(): void;
}

/** Instemming: propose (freezes a version), each organisation agrees or objects, the versions so far. */
export function AgreementSection({ plan: ref, mayPropose, maySignOff, onChanged }: AgreementSectionProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const plan = getFragmentData(AgreementSection_planFragment, ref);
  const propose = useProposePlanMutation();
  const signOff = useSignOffPlanMutation();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [objecting, setObjecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const proposed = plan.versions.find((version) => version.status === 'PROPOSED') ?? null;
  const canPropose = mayPropose && plan.viewerCan.propose && plan.status !== 'PROPOSED';
  const canSignOff = maySignOff && plan.viewerCan.signOff && proposed !== null;

  const onPropose = async () => {
    const outcome = await propose.run({ caseId: plan.caseId, expectedVersion: plan.version });
    setFeedback(
      outcome.ok
        ? { kind: 'ok', text: t('plan.agreement.proposed', { n: plan.nextVersionNumber }) }
        : { kind: 'error', text: outcome.message ?? t('plan.form.failed') },
    );
    headingRef.current?.focus();
    onChanged();
  };

  const decide = async (decision: SignOffDecision, event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!proposed) return;
    const outcome = await signOff.run({
      caseId: plan.caseId,
      versionNumber: proposed.number,
      decision,
      reason: decision === 'OBJECT' ? reason.trim() : null,
    });
    if (outcome.ok) {
      setObjecting(false);
      setReason('');
      setReasonError(undefined);
      setFeedback({
        kind: 'ok',
        text: decision === 'AGREE' ? t('plan.agreement.agreed') : t('plan.agreement.objected'),
      });
      headingRef.current?.focus();
      onChanged();
    } else if (decision === 'OBJECT' && problemFor(outcome.problems, 'reason')) {
      setReasonError(problemFor(outcome.problems, 'reason'));
      document.getElementById('plan-object-reason')?.focus();
    } else {
      setFeedback({ kind: 'error', text: outcome.message ?? t('plan.form.failed') });
      onChanged();
    }
  };

  return (
    <section aria-labelledby="plan-agreement-heading" className="mda-section" data-testid="plan-agreement">
      <Heading2 id="plan-agreement-heading" ref={headingRef} tabIndex={-1}>
        {t('plan.agreement.title')}
      </Heading2>
      <Paragraph>
        {t('plan.agreement.status')}: <strong data-testid="plan-status">{labels.planStatus(plan.status)}</strong>
      </Paragraph>
      <FeedbackRegions feedback={feedback} testId="plan-agreement" />
      {canPropose ? (
        <Button
          type="button"
          appearance="primary-action-button"
          busy={propose.loading}
          disabled={propose.loading}
          onClick={() => void onPropose()}
          data-testid="plan-propose"
        >
          {t('plan.agreement.propose', { n: plan.nextVersionNumber })}
        </Button>
      ) : null}
      {canSignOff && proposed ? (
        <div className="mda-signoff" data-testid="plan-signoff">
          <Paragraph>{t('plan.agreement.signOffIntro', { n: proposed.number })}</Paragraph>
          {objecting ? (
            <form
              className="mda-form"
              noValidate
              aria-label={t('plan.agreement.object')}
              onSubmit={(event) => void decide('OBJECT', event)}
            >
              <TextAreaField
                id="plan-object-reason"
                label={t('plan.agreement.reason')}
                value={reason}
                onChange={setReason}
                error={reasonError}
              />
              <ButtonGroup>
                <Button
                  type="submit"
                  appearance="primary-action-button"
                  disabled={signOff.loading}
                  data-testid="plan-object-submit"
                >
                  {t('plan.agreement.object')}
                </Button>
                <Button type="button" appearance="secondary-action-button" onClick={() => setObjecting(false)}>
                  {t('plan.form.cancel')}
                </Button>
              </ButtonGroup>
            </form>
          ) : (
            <ButtonGroup>
              <Button
                type="button"
                appearance="primary-action-button"
                disabled={signOff.loading}
                onClick={() => void decide('AGREE')}
                data-testid="plan-agree"
              >
                {t('plan.agreement.agree')}
              </Button>
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => setObjecting(true)}
                data-testid="plan-object"
              >
                {t('plan.agreement.object')}
              </Button>
            </ButtonGroup>
          )}
        </div>
      ) : null}

      <Heading3>{t('plan.agreement.versions')}</Heading3>
      {plan.versions.length === 0 ? <Paragraph>{t('plan.agreement.noVersions')}</Paragraph> : null}
      <ol className="mda-plan-versions" data-testid="plan-versions">
        {plan.versions.map((version) => (
          <li key={version.number} data-testid="plan-version" data-version={version.number}>
            <Paragraph>
              {t('plan.agreement.version', { n: version.number })}:{' '}
              <strong data-testid="plan-version-status">{labels.planVersionStatus(version.status)}</strong> ·{' '}
              {t('plan.agreement.proposedBy', {
                by: [version.proposedBy.name, version.proposedBy.organisation?.name].filter(Boolean).join(', '),
                when: formatDateTime(version.proposedAt, i18n.language),
              })}
              {version.status === 'AGREED' ? (
                <>
                  {' · '}
                  <Link
                    href={`/api/plans/${plan.caseId}/versions/${version.number}.pdf`}
                    data-testid="plan-version-pdf"
                    download
                  >
                    {t('plan.agreement.pdf', { n: version.number })}
                  </Link>
                </>
              ) : null}
            </Paragraph>
            <ul data-testid="plan-version-signoffs">
              {version.signOffs.map((signed) => (
                <li key={signed.id}>
                  {signed.organisation?.name ?? t('plan.meta.unknown')}: {labels.signOffDecision(signed.decision)} (
                  {signed.signedBy ?? ''}, {formatDateTime(signed.signedAt, i18n.language)})
                  {signed.reason ? ` – ${signed.reason}` : ''}
                </li>
              ))}
            </ul>
            {version.pendingOrganisations.length > 0 ? (
              <Paragraph data-testid="plan-version-pending">
                {t('plan.agreement.pending', {
                  organisations: version.pendingOrganisations.map((o) => o.name).join(', '),
                })}
              </Paragraph>
            ) : null}
          </li>
        ))}
      </ol>
      <VersionDiffSection caseId={plan.caseId} versions={plan.versions.map((version) => version.number)} />
    </section>
  );
}
