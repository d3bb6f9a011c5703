import { FormLabel, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
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

/** What every control of a field carries: its id, invalid state and the link to its error. */
function controlProps(id: string, error: string | undefined, testId: string | undefined) {
  return { id, invalid: Boolean(error), 'aria-invalid': Boolean(error), 'aria-describedby': error ? `${id}-error` : undefined, 'data-testid': testId ?? id };
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <Paragraph id={`${id}-error`} className="mda-error-text" data-testid={`${id}-error`}>
      {error}
    </Paragraph>
  ) : null;
}

export function TextField({ id, label, value, onChange, error, testId, type = 'text' }: FieldProps & { type?: 'text' | 'date' }) {
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

export function SelectField({ id, label, value, onChange, error, testId, options, emptyLabel }: FieldProps & { options: readonly { value: string; label: string }[]; emptyLabel?: string }) {
  return (
    <div className="mda-form__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select
        {...controlProps(id, error, testId)}
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
