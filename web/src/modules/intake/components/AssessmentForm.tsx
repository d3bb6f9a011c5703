import { graphql, type IntimateTerrorConclusion, type UnsafetyLevel } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import {
  INTIMATE_TERROR_CONCLUSIONS,
  INTIMATE_TERROR_PERPETRATOR_ITEMS,
  INTIMATE_TERROR_VICTIM_ITEMS,
  PROBLEM_AREAS,
  UNSAFETY_LEVELS,
} from '@mda/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useSaveAssessmentMutation } from '../hooks/useSaveAssessmentMutation';
import { CodeCheckboxes } from './CodeCheckboxes';
import { type Done, problemsOf, type Report } from './intakeReportTypes';

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

export function AssessmentForm({ report, onDone }: { report: Report; onDone: Done }) {
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
