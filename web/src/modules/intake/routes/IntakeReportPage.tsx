import {
  graphql,
  type HouseholdProfile,
  type IntakeDecision,
  type IntakeReportQuery,
  type IntimateTerrorConclusion,
  type UnsafetyLevel,
} from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  Checkbox,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import {
  HOUSEHOLD_PROFILES,
  INTAKE_DECISIONS,
  INTIMATE_TERROR_CONCLUSIONS,
  INTIMATE_TERROR_PERPETRATOR_ITEMS,
  INTIMATE_TERROR_VICTIM_ITEMS,
  PROBLEM_AREAS,
  UNSAFETY_LEVELS,
} from '@mda/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import type { MutationOutcome } from '../../../app/errors';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { formatDateTime, formatLocalDate } from '../../../ui/formatDate';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CodeCheckboxes } from '../components/CodeCheckboxes';
import { useConfirmMatchMutation } from '../hooks/useConfirmMatchMutation';
import { useDecideIntakeReportMutation } from '../hooks/useDecideIntakeReportMutation';
import { useRejectMatchMutation } from '../hooks/useRejectMatchMutation';
import { useSaveAssessmentMutation } from '../hooks/useSaveAssessmentMutation';
import { useScreenIntakeReportMutation } from '../hooks/useScreenIntakeReportMutation';

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

const RiskChecklistQuery = graphql(`
  query RiskChecklist($municipality: String!) {
    riskChecklist(municipality: $municipality) {
      region
      watchFrom
      highFrom
      items {
        code
        label
        weight
      }
    }
  }
`);

type Report = IntakeReportQuery['intakeReport'];
type Known = Report['persons'][number]['knownCases'][number];

function problemsOf(outcome: MutationOutcome<unknown>, prefix: string): ErrorSummaryItem[] {
  if (outcome.ok) return [];
  return (outcome.problems ?? []).map((p) => ({
    fieldId: `${prefix}-${p.field.replace(/\[\d+\]$/, '')}`,
    message: `${p.field}: ${p.message}`,
  }));
}

function KnownCases({ cases }: { cases: readonly Known[] }) {
  const { t } = useTranslation();
  if (cases.length === 0) return <Paragraph>{t('intake.report.noKnownCases')}</Paragraph>;
  return (
    <ul data-testid="intake-known-cases">
      {cases.map((c, i) => (
        <li key={c.caseId ?? `hidden-${i}`}>
          {c.visible && c.caseId ? (
            <RouterLink to={`/cases/${c.caseId}`}>
              {c.reference} ({t(`enums.CaseStatus.${c.status}`)})
            </RouterLink>
          ) : (
            t('intake.report.caseExists', { status: t(`enums.CaseStatus.${c.status}`) })
          )}
        </li>
      ))}
    </ul>
  );
}

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
  if (error && !data) return <QueryError error={error} />;
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

type Candidate = Report['persons'][number]['candidates'][number];
type Done = (outcome: MutationOutcome<{ caseId?: string | null }>, ok: string) => Promise<boolean>;

function MatchCandidate({
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

function ScreeningForm({ reportId, version, onDone }: { reportId: string; version: number; onDone: Done }) {
  const { t } = useTranslation();
  const { run, loading } = useScreenIntakeReportMutation();
  const [crisis, setCrisis] = useState(false);
  const [note, setNote] = useState('');
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await onDone(
      await run({ reportId, expectedVersion: version, crisis, note: note.trim() || null }),
      t('intake.screen.done', { result: crisis ? t('intake.screen.crisisResult') : t('intake.screen.noCrisis') }),
    );
  };
  return (
    <form className="mda-form" noValidate onSubmit={(e) => void onSubmit(e)} data-testid="intake-screening-form">
      <Heading2>{t('intake.screen.title')}</Heading2>
      <div className="mda-form__checkbox">
        <Checkbox
          id="screen-crisis"
          checked={crisis}
          onChange={(e) => setCrisis(e.target.checked)}
          data-testid="intake-screen-crisis"
        />
        <FormLabel htmlFor="screen-crisis" type="checkbox">
          {t('intake.screen.crisis')}
        </FormLabel>
      </div>
      <TextAreaField id="screen-note" label={t('intake.screen.note')} value={note} onChange={setNote} />
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={loading}
        disabled={loading}
        data-testid="intake-screen-submit"
      >
        {t('intake.screen.submit')}
      </Button>
    </form>
  );
}

function YesNo({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: boolean | null;
  onChange(v: boolean | null): void;
  error: string | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="mda-form__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select
        id={id}
        value={value === null ? '' : value ? 'yes' : 'no'}
        invalid={Boolean(error)}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value === 'yes')}
        data-testid={id}
      >
        <SelectOption value="">{t('intake.assess.choose')}</SelectOption>
        <SelectOption value="yes">{t('intake.assess.yes')}</SelectOption>
        <SelectOption value="no">{t('intake.assess.no')}</SelectOption>
      </Select>
      {error ? <Paragraph className="mda-error-text">{error}</Paragraph> : null}
    </div>
  );
}

function AssessmentForm({ report, onDone }: { report: Report; onDone: Done }) {
  const { t } = useTranslation();
  const { run, loading } = useSaveAssessmentMutation();
  const checklist = useQuery(RiskChecklistQuery, { variables: { municipality: report.municipality } }).data
    ?.riskChecklist;
  const a = report.assessment;
  const [unsafety, setUnsafety] = useState<UnsafetyLevel | ''>(a.unsafety ?? '');
  const [structural, setStructural] = useState<boolean | null>(a.structuralUnsafety ?? null);
  const [multi, setMulti] = useState<boolean | null>(a.multiProblem ?? null);
  const [refused, setRefused] = useState<boolean | null>(a.helpRefused ?? null);
  const [stagnating, setStagnating] = useState<boolean | null>(a.helpStagnating ?? null);
  const [problems, setProblemAreas] = useState<string[]>(a.problemAreas);
  const [perp, setPerp] = useState<string[]>(a.intimateTerrorPerpetratorItems);
  const [victim, setVictim] = useState<string[]>(a.intimateTerrorVictimItems);
  const [conclusion, setConclusion] = useState<IntimateTerrorConclusion | ''>(a.intimateTerrorConclusion ?? '');
  const [flags, setFlags] = useState<string[]>(a.redFlags);
  const [note, setNote] = useState(a.note ?? '');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const err = (id: string) =>
    errors
      .filter((e) => e.fieldId === id)
      .map((e) => e.message)
      .join(' ') || null;
  const save = async (complete: boolean) => {
    setMessage(null);
    const outcome = await run({
      reportId: report.id,
      expectedVersion: report.version,
      complete,
      unsafety: unsafety || null,
      structuralUnsafety: structural,
      multiProblem: multi,
      helpRefused: refused,
      helpStagnating: stagnating,
      problemAreas: problems,
      intimateTerrorPerpetratorItems: perp,
      intimateTerrorVictimItems: victim,
      intimateTerrorConclusion: conclusion || null,
      redFlags: flags,
      note: note.trim() || null,
    });
    const items = problemsOf(outcome, 'assess');
    setErrors(items);
    if (!outcome.ok && items.length === 0 && outcome.code !== 'CONFLICT')
      setMessage(outcome.message ?? t('intake.report.failed'));
    await onDone(outcome, t('intake.report.saved'));
  };
  return (
    <form className="mda-form" noValidate onSubmit={(e) => e.preventDefault()} data-testid="intake-assessment-form">
      <Heading2>{t('intake.assess.title')}</Heading2>
      <ErrorSummary
        title={t('intake.assess.errorTitle')}
        items={errors}
        message={message}
        data-testid="intake-assessment-error"
      />
      <div className="mda-form__field">
        <FormLabel htmlFor="assess-unsafety">{t('intake.assess.unsafety')}</FormLabel>
        <Select
          id="assess-unsafety"
          value={unsafety}
          invalid={Boolean(err('assess-unsafety'))}
          onChange={(e) => setUnsafety(e.target.value as UnsafetyLevel | '')}
          data-testid="assess-unsafety"
        >
          <SelectOption value="">{t('intake.assess.choose')}</SelectOption>
          {UNSAFETY_LEVELS.map((u) => (
            <SelectOption key={u} value={u}>
              {t(`enums.UnsafetyLevel.${u}`)}
            </SelectOption>
          ))}
        </Select>
      </div>
      <Heading3>{t('intake.assess.criteria')}</Heading3>
      <YesNo
        id="assess-structuralUnsafety"
        label={t('intake.assess.structural')}
        value={structural}
        onChange={setStructural}
        error={err('assess-structuralUnsafety')}
      />
      <YesNo
        id="assess-multiProblem"
        label={t('intake.assess.multiProblem')}
        value={multi}
        onChange={setMulti}
        error={err('assess-multiProblem')}
      />
      <YesNo
        id="assess-helpRefused"
        label={t('intake.assess.helpRefused')}
        value={refused}
        onChange={setRefused}
        error={err('assess-helpRefused')}
      />
      <YesNo
        id="assess-helpStagnating"
        label={t('intake.assess.helpStagnating')}
        value={stagnating}
        onChange={setStagnating}
        error={err('assess-helpStagnating')}
      />
      <CodeCheckboxes
        id="assess-problemAreas"
        legend={t('intake.assess.problems')}
        codes={PROBLEM_AREAS}
        labelOf={(c) => t(`intake.problem.${c as 'DEBTS'}`)}
        value={problems}
        onChange={setProblemAreas}
        error={err('assess-problemAreas')}
        data-testid="assess-problemAreas"
      />
      <Heading3>{t('intake.assess.itTitle')}</Heading3>
      <CodeCheckboxes
        id="assess-perpetrator"
        legend={t('intake.assess.perpetrator')}
        codes={INTIMATE_TERROR_PERPETRATOR_ITEMS}
        labelOf={(c) => t(`intake.perpetratorItem.${c as 'MINIMISES_DENIES'}`)}
        value={perp}
        onChange={setPerp}
      />
      <CodeCheckboxes
        id="assess-victim"
        legend={t('intake.assess.victim')}
        codes={INTIMATE_TERROR_VICTIM_ITEMS}
        labelOf={(c) => t(`intake.victimItem.${c as 'EXTREME_FEAR'}`)}
        value={victim}
        onChange={setVictim}
      />
      <div className="mda-form__field">
        <FormLabel htmlFor="assess-intimateTerrorConclusion">{t('intake.assess.conclusion')}</FormLabel>
        <Select
          id="assess-intimateTerrorConclusion"
          value={conclusion}
          invalid={Boolean(err('assess-intimateTerrorConclusion'))}
          onChange={(e) => setConclusion(e.target.value as IntimateTerrorConclusion | '')}
          data-testid="assess-intimateTerrorConclusion"
        >
          <SelectOption value="">{t('intake.assess.choose')}</SelectOption>
          {INTIMATE_TERROR_CONCLUSIONS.map((c) => (
            <SelectOption key={c} value={c}>
              {t(`enums.IntimateTerrorConclusion.${c}`)}
            </SelectOption>
          ))}
        </Select>
      </div>
      {checklist ? (
        <CodeCheckboxes
          id="assess-redFlags"
          legend={t('intake.assess.redFlags')}
          codes={checklist.items.map((i) => i.code)}
          labelOf={(c) => checklist.items.find((i) => i.code === c)?.label ?? c}
          value={flags}
          onChange={setFlags}
          error={err('assess-redFlags')}
          data-testid="assess-redFlags"
        />
      ) : null}
      {a.riskScore !== null && a.riskLevel ? (
        <Paragraph data-testid="assess-score">
          {t('intake.assess.score', { score: a.riskScore, level: t(`intake.assess.level.${a.riskLevel as 'LOW'}`) })}
        </Paragraph>
      ) : null}
      <TextAreaField id="assess-note" label={t('intake.assess.note')} value={note} onChange={setNote} />
      {a.meetsMdaCriteria ? <Paragraph data-testid="assess-meets">{t('intake.assess.meets')}</Paragraph> : null}
      <ButtonGroup>
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={loading}
          disabled={loading}
          onClick={() => void save(false)}
          data-testid="assess-save-draft"
        >
          {t('intake.assess.saveDraft')}
        </Button>
        <Button
          type="button"
          appearance="primary-action-button"
          busy={loading}
          disabled={loading}
          onClick={() => void save(true)}
          data-testid="assess-complete"
        >
          {t('intake.assess.complete')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function DecisionForm({ report, onDone }: { report: Report; onDone: Done }) {
  const { t } = useTranslation();
  const { run, loading } = useDecideIntakeReportMutation();
  const offered = INTAKE_DECISIONS.filter((d) => d !== 'START_MDA_CASE' || report.assessment.meetsMdaCriteria);
  const [decision, setDecision] = useState<IntakeDecision | ''>('');
  const [reason, setReason] = useState('');
  const [profile, setProfile] = useState<HouseholdProfile | ''>('');
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const err = (id: string) =>
    errors
      .filter((e) => e.fieldId === id)
      .map((e) => e.message)
      .join(' ') || null;
  const start = decision === 'START_MDA_CASE';
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    if (!decision) {
      setErrors([{ fieldId: 'decide-decision', message: t('intake.decide.decision') }]);
      return;
    }
    const outcome = await run({
      reportId: report.id,
      expectedVersion: report.version,
      decision,
      reason,
      profile: start && profile ? profile : null,
      purpose: start ? purpose : null,
    });
    const items = problemsOf(outcome, 'decide');
    setErrors(items);
    if (!outcome.ok && items.length === 0 && outcome.code !== 'CONFLICT')
      setMessage(outcome.message ?? t('intake.report.failed'));
    await onDone(
      outcome,
      start
        ? t('intake.report.startedCase')
        : t('intake.decide.done', { decision: t(`enums.IntakeDecision.${decision}`) }),
    );
  };
  return (
    <form className="mda-form" noValidate onSubmit={(e) => void onSubmit(e)} data-testid="intake-decision-form">
      <Heading2>{t('intake.decide.title')}</Heading2>
      <ErrorSummary
        title={t('intake.decide.errorTitle')}
        items={errors}
        message={message}
        data-testid="intake-decision-error"
      />
      <div className="mda-form__field">
        <FormLabel htmlFor="decide-decision">{t('intake.decide.decision')}</FormLabel>
        <Select
          id="decide-decision"
          value={decision}
          invalid={Boolean(err('decide-decision'))}
          onChange={(e) => setDecision(e.target.value as IntakeDecision | '')}
          data-testid="decide-decision"
        >
          <SelectOption value="">{t('intake.assess.choose')}</SelectOption>
          {offered.map((d) => (
            <SelectOption key={d} value={d}>
              {t(`enums.IntakeDecision.${d}`)}
            </SelectOption>
          ))}
        </Select>
      </div>
      <TextAreaField
        id="decide-reason"
        label={t('intake.decide.reason')}
        value={reason}
        onChange={setReason}
        error={err('decide-reason')}
        data-testid="decide-reason"
      />
      {start ? (
        <>
          <div className="mda-form__field">
            <FormLabel htmlFor="decide-profile">{t('intake.decide.profile')}</FormLabel>
            <Select
              id="decide-profile"
              value={profile}
              invalid={Boolean(err('decide-profile'))}
              onChange={(e) => setProfile(e.target.value as HouseholdProfile | '')}
              data-testid="decide-profile"
            >
              <SelectOption value="">{t('intake.assess.choose')}</SelectOption>
              {HOUSEHOLD_PROFILES.map((p) => (
                <SelectOption key={p} value={p}>
                  {t(`enums.HouseholdProfile.${p}`)}
                </SelectOption>
              ))}
            </Select>
          </div>
          <TextAreaField
            id="decide-purpose"
            label={t('intake.decide.purpose')}
            value={purpose}
            onChange={setPurpose}
            error={err('decide-purpose')}
            data-testid="decide-purpose"
          />
        </>
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={loading}
        disabled={loading}
        data-testid="decide-submit"
      >
        {t('intake.decide.submit')}
      </Button>
    </form>
  );
}
