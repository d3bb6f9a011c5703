import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { listOf } from '../planOptions';
import type { FieldProblem } from '../../../app/errors';
import type { ErrorSummaryItem } from '../../../ui/ErrorSummary';

/** The API's message for one input field, if it named one. */
export function problemFor(problems: readonly FieldProblem[], field: string): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}

/** Error-summary items: each problem linked to its field (`<idPrefix>-<field>`). */
export function summaryItems(problems: readonly FieldProblem[], idPrefix: string): ErrorSummaryItem[] {
  return problems.map((problem) => ({ fieldId: `${idPrefix}-${problem.field}`, message: problem.message }));
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  testId?: string;
}

/** What every control of a field carries: its id, invalid state and the links to its error (and hint). */
function controlProps(id: string, error: string | undefined, testId: string | undefined, hint?: string) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return {
    id,
    invalid: Boolean(error),
    'aria-invalid': Boolean(error),
    'aria-describedby': describedBy || undefined,
    'data-testid': testId ?? id,
  };
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <Paragraph id={`${id}-error`} className="mda-error-text" data-testid={`${id}-error`}>
      {error}
    </Paragraph>
  ) : null;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  testId,
  type = 'text',
}: FieldProps & { type?: 'text' | 'date' }) {
  return (
    <div className="mda-form__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Textbox
        {...controlProps(id, error, testId)}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function TextAreaField({ id, label, value, onChange, error, testId }: FieldProps) {
  return (
    <div className="mda-form__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Textarea
        {...controlProps(id, error, testId)}
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  error,
  testId,
  options,
  emptyLabel,
  hint,
}: FieldProps & { options: readonly { value: string; label: string }[]; emptyLabel?: string; hint?: string }) {
  return (
    <div className="mda-form__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hint ? (
        <Paragraph id={`${id}-hint`} data-testid={`${id}-hint`}>
          {hint}
        </Paragraph>
      ) : null}
      <Select
        {...controlProps(id, error, testId, hint)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined ? <SelectOption value="">{emptyLabel}</SelectOption> : null}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
      <FieldError id={id} error={error} />
    </div>
  );
}

export interface PlanMember {
  id: string;
  name: string;
}

/** The household members an element concerns, as checkboxes; the value is a comma-separated id list. */
export function ConcernsField({
  idPrefix,
  members,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  members: readonly PlanMember[];
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const chosen = listOf(value);
  const id = `${idPrefix}-concerns`;
  return (
    <Fieldset id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <FieldsetLegend>{t('plan.goal.concerns')}</FieldsetLegend>
      {members.map((member) => (
        <div key={member.id} className="mda-form__checkbox">
          <Checkbox
            id={`${id}-${member.id}`}
            checked={chosen.includes(member.id)}
            onChange={(event) =>
              onChange(
                (event.target.checked ? [...chosen, member.id] : chosen.filter((m) => m !== member.id)).join(','),
              )
            }
            data-testid={id}
          />
          <FormLabel htmlFor={`${id}-${member.id}`} type="checkbox">
            {member.name}
          </FormLabel>
        </div>
      ))}
      <FieldError id={id} error={error} />
    </Fieldset>
  );
}
