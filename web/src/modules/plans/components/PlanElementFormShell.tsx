import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { LiveRegion } from '../../../ui/LiveRegion';
import type { PlanElementForm } from '../hooks/usePlanElementForm';
import { ConflictPanel } from './ConflictPanel';
import { summaryItems } from './PlanFields';

export interface PlanElementFormShellProps {
  form: PlanElementForm;
  idPrefix: string;
  title: string;
  fields: readonly string[];
  label(field: string): string;
  /** A stored value as a professional reads it, in the conflict table (see ConflictPanel). */
  display?(field: string, value: string): string;
  /** Shown when the element changed elsewhere since editing began (the form keeps your text). */
  staleSince: boolean;
  submitLabel: string;
  onCancel(): void;
  children: ReactNode;
}

/** The frame of every plan element form: error summary, refusal, conflict choice, fields, buttons. */
export function PlanElementFormShell({
  form,
  idPrefix,
  title,
  fields,
  label,
  display,
  staleSince,
  submitLabel,
  onCancel,
  children,
}: PlanElementFormShellProps) {
  const { t } = useTranslation();
  return (
    <div className="mda-plan-form" data-testid={`${idPrefix}-form`}>
      <ErrorSummary
        ref={form.summaryRef}
        title={t('plan.form.errorSummary')}
        items={summaryItems(form.problems, idPrefix)}
        data-testid={`${idPrefix}-summary`}
      />
      <LiveRegion politeness="assertive">
        {form.message ? (
          <ErrorAlert title={t('plan.form.refused')} data-testid={`${idPrefix}-refused`}>
            <Paragraph>{form.message}</Paragraph>
          </ErrorAlert>
        ) : null}
      </LiveRegion>
      {staleSince && !form.conflict ? (
        <Paragraph className="mda-hint" data-testid={`${idPrefix}-stale`}>
          {t('plan.form.changedElsewhere')}
        </Paragraph>
      ) : null}
      {form.conflict ? (
        <ConflictPanel
          conflict={form.conflict}
          mine={form.values}
          fields={fields}
          label={label}
          display={display}
          busy={form.busy}
          onChoose={(choice) => void form.choose(choice)}
          panelRef={form.conflictRef}
          testId={`${idPrefix}-conflict`}
        />
      ) : null}
      {form.setAside ? (
        <div className="mda-set-aside" data-testid={`${idPrefix}-set-aside`}>
          <Paragraph>{t('plan.conflict.setAside')}</Paragraph>
          <ul>
            {fields
              .filter((field) => (form.setAside?.[field] ?? '') !== '' && form.setAside?.[field] !== form.values[field])
              .map((field) => (
                <li key={field}>
                  {label(field)}: {form.setAside?.[field]}
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <form className="mda-form" noValidate aria-label={title} onSubmit={(event) => void form.submit(event)}>
        {children}
        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={form.busy}
            disabled={form.busy}
            data-testid={`${idPrefix}-save`}
          >
            {submitLabel}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={onCancel}
            data-testid={`${idPrefix}-cancel`}
          >
            {t('plan.form.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
