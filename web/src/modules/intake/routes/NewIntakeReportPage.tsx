import {
  Button,
  ButtonGroup,
  Checkbox,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { MEMBER_ROLES, MUNICIPALITIES, REPORTER_KINDS, VIOLENCE_NATURES } from '@mda/domain';
import type { IntakeKind, MemberRole, RecordIntakeReportInput, ReporterKind } from '@mda/graphql';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../app/PageTitle';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CodeCheckboxes } from '../components/CodeCheckboxes';
import { TextField } from '../components/TextField';
import { useRecordIntakeReportMutation } from '../hooks/useRecordIntakeReportMutation';
import { clearDraft, emptyDraft, emptyPerson, inputOf, loadDraft, type ReportDraft, saveDraft } from '../intakeDraft';

/** Element ids of the form's fields, by the API's field names (so BAD_USER_INPUT lands at the field). */
function fieldIdOf(field: string): string {
  const person = /^persons\[(\d+)\]\.(\w+)$/.exec(field);
  if (person) return `intake-person-${person[1]}-${person[2]}`;
  if (field.startsWith('violenceNatures')) return 'intake-violence';
  return `intake-${field}`;
}

/** Records a report (melding) or an advice request; the draft is kept on this device until recorded. */
export function NewIntakeReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { run, loading } = useRecordIntakeReportMutation();
  const [restored] = useState(() => loadDraft(window.sessionStorage));
  const [draft, setDraft] = useState<ReportDraft>(() => restored ?? emptyDraft());
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => saveDraft(window.sessionStorage, draft), [draft]);
  const set = <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setPerson = (i: number, patch: Partial<ReportDraft['persons'][number]>) =>
    setDraft((d) => ({ ...d, persons: d.persons.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const problemAt = (id: string) =>
    problems
      .filter((p) => p.fieldId === id)
      .map((p) => p.message)
      .join(' ') || null;
  const report = draft.kind === 'REPORT';
  const anonymous = draft.reporterKind === 'ANONYMOUS';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    if (Number.isNaN(new Date(draft.receivedAt).getTime())) {
      setProblems([{ fieldId: 'intake-receivedAt', message: t('intake.form.receivedAt') }]);
      return;
    }
    const outcome = await run(inputOf(draft) as RecordIntakeReportInput);
    if (outcome.ok) {
      clearDraft(window.sessionStorage);
      void navigate(`/intake/${outcome.data.id}`);
      return;
    }
    const items = (outcome.problems ?? []).map((p) => ({
      fieldId: fieldIdOf(p.field),
      message: `${p.field}: ${p.message}`,
    }));
    setProblems(items);
    if (items.length === 0) setMessage(outcome.message ?? t('intake.report.failed'));
  };

  return (
    <div className="mda-intake-form">
      <PageTitle title={t('intake.form.title')} />
      {restored ? <Paragraph data-testid="intake-draft-restored">{t('intake.form.draftRestored')}</Paragraph> : null}
      <ErrorSummary
        title={t('intake.form.errorTitle')}
        items={problems}
        message={message}
        data-testid="intake-form-error"
      />
      <form className="mda-form" noValidate onSubmit={(event) => void onSubmit(event)} data-testid="intake-form">
        <div className="mda-form__field">
          <FormLabel htmlFor="intake-kind">{t('intake.form.kind')}</FormLabel>
          <Select
            id="intake-kind"
            value={draft.kind}
            onChange={(e) => set('kind', e.target.value as IntakeKind)}
            data-testid="intake-kind"
          >
            <SelectOption value="REPORT">{t('enums.IntakeKind.REPORT')}</SelectOption>
            <SelectOption value="ADVICE_REQUEST">{t('enums.IntakeKind.ADVICE_REQUEST')}</SelectOption>
          </Select>
        </div>
        <TextField
          id="intake-receivedAt"
          type="datetime-local"
          label={t('intake.form.receivedAt')}
          value={draft.receivedAt}
          onChange={(v) => set('receivedAt', v)}
          error={problemAt('intake-receivedAt')}
          data-testid="intake-receivedAt"
        />
        <div className="mda-form__field">
          <FormLabel htmlFor="intake-municipality">{t('intake.form.municipality')}</FormLabel>
          <Select
            id="intake-municipality"
            value={draft.municipality}
            invalid={Boolean(problemAt('intake-municipality'))}
            onChange={(e) => set('municipality', e.target.value)}
            data-testid="intake-municipality"
          >
            <SelectOption value="">{t('intake.form.chooseMunicipality')}</SelectOption>
            {MUNICIPALITIES.map((m) => (
              <SelectOption key={m.code} value={m.code}>
                {m.name}
              </SelectOption>
            ))}
          </Select>
        </div>
        <div className="mda-form__field">
          <FormLabel htmlFor="intake-reporterKind">{t('intake.form.reporterKind')}</FormLabel>
          <Select
            id="intake-reporterKind"
            value={draft.reporterKind}
            onChange={(e) => set('reporterKind', e.target.value as ReporterKind)}
            data-testid="intake-reporterKind"
          >
            {REPORTER_KINDS.map((k) => (
              <SelectOption key={k} value={k}>
                {t(`enums.ReporterKind.${k}`)}
              </SelectOption>
            ))}
          </Select>
        </div>
        {anonymous ? (
          <Paragraph data-testid="intake-anonymous-note">{t('intake.form.anonymousNote')}</Paragraph>
        ) : (
          <>
            <TextField
              id="intake-reporterName"
              label={t('intake.form.reporterName')}
              value={draft.reporterName}
              onChange={(v) => set('reporterName', v)}
              error={problemAt('intake-reporterName')}
              data-testid="intake-reporterName"
            />
            <TextField
              id="intake-reporterContact"
              label={t('intake.form.reporterContact')}
              value={draft.reporterContact}
              onChange={(v) => set('reporterContact', v)}
              error={problemAt('intake-reporterContact')}
            />
          </>
        )}
        <TextAreaField
          id="intake-reporterAccount"
          label={t('intake.form.reporterAccount')}
          value={draft.reporterAccount}
          onChange={(v) => set('reporterAccount', v)}
          error={problemAt('intake-reporterAccount')}
          rows={4}
          data-testid="intake-reporterAccount"
        />
        {report ? (
          <>
            <CodeCheckboxes
              id="intake-violence"
              legend={t('intake.form.violence')}
              codes={VIOLENCE_NATURES}
              labelOf={(c) => t(`intake.violence.${c as 'PHYSICAL'}`)}
              value={draft.violenceNatures}
              onChange={(v) => set('violenceNatures', v)}
              error={problemAt('intake-violence')}
              data-testid="intake-violence"
            />
            <div className="mda-form__checkbox">
              <Checkbox id="intake-injury" checked={draft.injury} onChange={(e) => set('injury', e.target.checked)} />
              <FormLabel htmlFor="intake-injury" type="checkbox">
                {t('intake.form.injury')}
              </FormLabel>
            </div>
            <div className="mda-form__checkbox">
              <Checkbox
                id="intake-acute"
                checked={draft.acuteUnsafety}
                onChange={(e) => set('acuteUnsafety', e.target.checked)}
                data-testid="intake-acute"
              />
              <FormLabel htmlFor="intake-acute" type="checkbox">
                {t('intake.form.acute')}
              </FormLabel>
            </div>
          </>
        ) : (
          <>
            <TextAreaField
              id="intake-adviceTopic"
              label={t('intake.form.adviceTopic')}
              value={draft.adviceTopic}
              onChange={(v) => set('adviceTopic', v)}
              error={problemAt('intake-adviceTopic')}
            />
            <TextAreaField
              id="intake-adviceGiven"
              label={t('intake.form.adviceGiven')}
              value={draft.adviceGiven}
              onChange={(v) => set('adviceGiven', v)}
              error={problemAt('intake-adviceGiven')}
            />
          </>
        )}
        <Heading2 id="intake-persons" tabIndex={-1}>
          {t('intake.form.persons')}
        </Heading2>
        {problemAt('intake-persons') ? (
          <Paragraph className="mda-error-text">{problemAt('intake-persons')}</Paragraph>
        ) : null}
        {draft.persons.map((p, i) => (
          <fieldset key={i} className="mda-intake-person" data-testid="intake-person">
            <legend>{t('intake.form.person', { n: i + 1 })}</legend>
            <TextField
              id={`intake-person-${i}-firstName`}
              label={t('intake.form.firstName')}
              value={p.firstName}
              onChange={(v) => setPerson(i, { firstName: v })}
              error={problemAt(`intake-person-${i}-firstName`)}
              data-testid="intake-person-firstName"
            />
            <TextField
              id={`intake-person-${i}-lastName`}
              label={t('intake.form.lastName')}
              value={p.lastName}
              onChange={(v) => setPerson(i, { lastName: v })}
              error={problemAt(`intake-person-${i}-lastName`)}
              data-testid="intake-person-lastName"
            />
            <TextField
              id={`intake-person-${i}-dateOfBirth`}
              type="date"
              label={t('intake.form.dateOfBirth')}
              value={p.dateOfBirth}
              onChange={(v) => setPerson(i, { dateOfBirth: v })}
              error={problemAt(`intake-person-${i}-dateOfBirth`)}
              data-testid="intake-person-dateOfBirth"
            />
            <TextField
              id={`intake-person-${i}-bsn`}
              label={t('intake.form.bsn')}
              value={p.bsn}
              onChange={(v) => setPerson(i, { bsn: v })}
              error={problemAt(`intake-person-${i}-bsn`)}
              data-testid="intake-person-bsn"
            />
            <CodeCheckboxes
              id={`intake-person-${i}-roles`}
              legend={t('intake.form.roles')}
              codes={MEMBER_ROLES}
              labelOf={(c) => t(`enums.MemberRole.${c as MemberRole}`)}
              value={p.roles}
              onChange={(v) => setPerson(i, { roles: v })}
              error={problemAt(`intake-person-${i}-roles`)}
              data-testid="intake-person-roles"
            />
            {draft.persons.length > 1 ? (
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() =>
                  set(
                    'persons',
                    draft.persons.filter((_, j) => j !== i),
                  )
                }
              >
                {t('intake.form.removePerson', { n: i + 1 })}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <ButtonGroup>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => set('persons', [...draft.persons, emptyPerson()])}
            data-testid="intake-add-person"
          >
            {t('intake.form.addPerson')}
          </Button>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={loading}
            disabled={loading}
            data-testid="intake-submit"
          >
            {t('intake.form.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
