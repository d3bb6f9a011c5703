import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import type { MutationOutcome } from '../../../app/errors';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { formatDateTime, formatLocalDate } from '../../../ui/formatDate';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { AssessmentForm } from '../components/AssessmentForm';
import { DecisionForm } from '../components/DecisionForm';
import { KnownCases } from '../components/KnownCases';
import { MatchCandidate } from '../components/MatchCandidate';
import { ScreeningForm } from '../components/ScreeningForm';

const IntakeReportQuery = graphql(`
  query IntakeReport($id: ID!) {
    intakeReport(id: $id) {
      id
      kind
      receivedAt
      municipality
      reporterKind
      reporterName
      reporterContact
      reporterAccount
      violenceNatures
      injury
      adviceTopic
      adviceGiven
      status
      crisis
      assessmentDueOn
      assessmentOverdue
      cbsCategory
      decision
      decisionReason
      caseId
      redactedFields
      version
      assessment {
        complete
        unsafety
        structuralUnsafety
        multiProblem
        helpRefused
        helpStagnating
        problemAreas
        intimateTerrorPerpetratorItems
        intimateTerrorVictimItems
        intimateTerrorConclusion
        redFlags
        riskScore
        riskLevel
        meetsMdaCriteria
        note
      }
      persons {
        id
        personId
        firstName
        lastName
        dateOfBirth
        hasBsn
        roles
        matchBasis
        earlierReportCount
        knownCases {
          visible
          caseId
          reference
          status
        }
        candidates {
          personId
          firstName
          lastName
          dateOfBirth
          hasBsn
          reportCount
          knownCases {
            visible
            caseId
            reference
            status
          }
        }
      }
    }
  }
`);

/** One report: what came in, the persons with their match candidates side by side, screening, assessment and decision. */
export function IntakeReportPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(IntakeReportQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [feedback, setFeedback] = useState<Feedback>(null);
  const report = data?.intakeReport;
  const after = async (outcome: MutationOutcome<{ caseId?: string | null }>, ok: string): Promise<boolean> => {
    if (outcome.ok) {
      setFeedback({ kind: 'ok', text: ok });
      await refetch();
      return true;
    }
    if (outcome.code === 'CONFLICT') {
      setFeedback({ kind: 'error', text: outcome.message ?? t('intake.report.stale') });
      await refetch();
    }
    return false;
  };
  if (error && !data) return <QueryError error={error} retry={() => refetch()} />;
  if (!report) return loading ? <LoadingState label={t('app.loading')} /> : null;
  const received = formatDateTime(report.receivedAt, i18n.language);
  const decided = report.status === 'DECIDED' || report.status === 'ADVICE_GIVEN';
  return (
    <div
      className="mda-intake-report"
      data-testid="intake-report"
      data-status={report.status}
      data-cbs={report.cbsCategory}
    >
      <PageTitle title={t('intake.report.title', { received })} />
      <Paragraph>
        <RouterLink to="/intake">{t('intake.report.back')}</RouterLink>
      </Paragraph>
      <FeedbackRegions feedback={feedback} testId="intake-report" />
      <dl className="mda-intake-facts">
        <dt>{t('intake.report.status')}</dt>
        <dd data-testid="intake-status">{t(`intake.status.${report.status as 'RECEIVED'}`)}</dd>
        <dt>{t('intake.report.category')}</dt>
        <dd data-testid="intake-cbs">{t(`intake.cbs.${report.cbsCategory as 'FIRST_REPORT'}`)}</dd>
        <dt>{t('intake.report.reporter')}</dt>
        <dd data-testid="intake-reporter">
          {t(`enums.ReporterKind.${report.reporterKind}`)}
          {report.reporterName ? `: ${report.reporterName}` : ''}
          {report.reporterContact ? ` (${report.reporterContact})` : ''}
          {report.redactedFields.includes('reporterName') ? ` – ${t('intake.report.reporterWithheld')}` : ''}
        </dd>
        {report.kind === 'REPORT' ? (
          <>
            <dt>{t('intake.report.clock')}</dt>
            <dd data-testid="intake-due" className={report.assessmentOverdue ? 'mda-over-norm' : undefined}>
              {formatLocalDate(report.assessmentDueOn, i18n.language)}
              {report.assessmentOverdue ? <strong> {t('intake.desk.overdue')}</strong> : null}
            </dd>
            <dt>{t('intake.report.violence')}</dt>
            <dd>{report.violenceNatures.map((v) => t(`intake.violence.${v as 'PHYSICAL'}`)).join(', ')}</dd>
            <dt>{t('intake.report.injury')}</dt>
            <dd>{report.injury ? t('intake.report.yes') : t('intake.report.no')}</dd>
          </>
        ) : null}
        {report.reporterAccount ? (
          <>
            <dt>{t('intake.report.account')}</dt>
            <dd data-testid="intake-account">{report.reporterAccount}</dd>
          </>
        ) : null}
      </dl>

      <Heading2>{t('intake.report.persons')}</Heading2>
      {report.persons.map((p) => (
        <section
          key={p.id}
          className="mda-intake-match"
          data-testid="intake-person-card"
          data-match-basis={p.matchBasis}
        >
          <div className="mda-intake-match__side">
            <Heading3>{t('intake.report.inReport')}</Heading3>
            <Paragraph>
              <strong>
                {p.firstName} {p.lastName}
              </strong>
              {p.dateOfBirth ? `, ${formatLocalDate(p.dateOfBirth, i18n.language)}` : ''} –{' '}
              {p.roles.map((r) => t(`enums.MemberRole.${r}`)).join(', ')}
            </Paragraph>
            <Paragraph>
              {t(`intake.report.matchBasis.${p.matchBasis as 'NEW'}`)} ·{' '}
              {t('intake.report.earlierReports', { count: p.earlierReportCount })}
            </Paragraph>
            <KnownCases cases={p.knownCases} />
          </div>
          {p.candidates.map((c) => (
            <MatchCandidate
              key={c.personId}
              reportId={report.id}
              version={report.version}
              reportPersonId={p.id}
              candidate={c}
              decided={decided}
              onDone={after}
            />
          ))}
        </section>
      ))}

      {report.kind === 'REPORT' && report.status === 'RECEIVED' ? (
        <ScreeningForm reportId={report.id} version={report.version} onDone={after} />
      ) : null}
      {report.kind === 'REPORT' && (report.status === 'SCREENED' || report.status === 'ASSESSED') ? (
        <AssessmentForm report={report} onDone={after} />
      ) : null}
      {report.status === 'ASSESSED' ? <DecisionForm report={report} onDone={after} /> : null}
      {report.decision ? (
        <Paragraph data-testid="intake-decision">
          {t('intake.decide.done', { decision: t(`enums.IntakeDecision.${report.decision}`) })} –{' '}
          {report.decisionReason}
          {report.caseId ? (
            <>
              {' '}
              <RouterLink to={`/cases/${report.caseId}`} data-testid="intake-open-case">
                {t('intake.report.openCase')}
              </RouterLink>
            </>
          ) : null}
        </Paragraph>
      ) : null}
    </div>
  );
}
