import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../ui/formatDate';
import { useConfirmMatchMutation } from '../hooks/useConfirmMatchMutation';
import { useRejectMatchMutation } from '../hooks/useRejectMatchMutation';
import type { Candidate, Done } from './intakeReportTypes';
import { KnownCases } from './KnownCases';

export function MatchCandidate({
  reportId,
  version,
  reportPersonId,
  candidate,
  decided,
  onDone,
}: {
  reportId: string;
  version: number;
  reportPersonId: string;
  candidate: Candidate;
  decided: boolean;
  onDone: Done;
}) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirmMatchMutation();
  const reject = useRejectMatchMutation();
  const input = { reportPersonId, candidatePersonId: candidate.personId, expectedVersion: version };
  return (
    <div
      className="mda-intake-match__side mda-intake-match__candidate"
      data-testid="intake-candidate"
      data-report-id={reportId}
    >
      <Heading3>{t('intake.report.candidates')}</Heading3>
      <Paragraph>{t('intake.report.candidatesIntro')}</Paragraph>
      <Paragraph>
        <strong>
          {candidate.firstName} {candidate.lastName}
        </strong>
        {candidate.dateOfBirth ? `, ${formatLocalDate(candidate.dateOfBirth, i18n.language)}` : ''} ·{' '}
        {t('intake.report.earlierReports', { count: candidate.reportCount })}
      </Paragraph>
      <KnownCases cases={candidate.knownCases} />
      {decided ? null : (
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            busy={confirm.loading}
            onClick={async () => void onDone(await confirm.run(input), t('intake.report.confirmed'))}
            data-testid="intake-confirm-match"
          >
            {t('intake.report.confirm')}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={reject.loading}
            onClick={async () => void onDone(await reject.run(input), t('intake.report.rejected'))}
            data-testid="intake-reject-match"
          >
            {t('intake.report.reject')}
          </Button>
        </ButtonGroup>
      )}
    </div>
  );
}
