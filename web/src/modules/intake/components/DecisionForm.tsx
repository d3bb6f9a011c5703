import { type HouseholdProfile, type IntakeDecision } from '@mda/graphql';
import { Button, FormLabel, Heading2, Select, SelectOption } from '@utrecht/component-library-react';
import { HOUSEHOLD_PROFILES, INTAKE_DECISIONS } from '@mda/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useDecideIntakeReportMutation } from '../hooks/useDecideIntakeReportMutation';
import { type Done, problemsOf, type Report } from './intakeReportTypes';

export function DecisionForm({ report, onDone }: { report: Report; onDone: Done }) {
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
