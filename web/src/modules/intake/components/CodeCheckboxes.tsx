import { Checkbox, Fieldset, FieldsetLegend, FormLabel, Paragraph } from '@utrecht/component-library-react';

export interface CodeCheckboxesProps {
  id: string;
  legend: string;
  codes: readonly string[];
  labelOf(code: string): string;
  value: readonly string[];
  onChange(value: string[]): void;
  error?: string | null;
  'data-testid'?: string;
}

/** A multi-select of codes (lists from packages/domain) as labelled checkboxes, keyboard-friendly. */
export function CodeCheckboxes({
  id,
  legend,
  codes,
  labelOf,
  value,
  onChange,
  error,
  'data-testid': testId,
}: CodeCheckboxesProps) {
  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
      className="mda-intake-codes"
      data-testid={testId}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {codes.map((code) => (
        <div key={code} className="mda-form__checkbox">
          <Checkbox
            id={`${id}-${code}`}
            value={code}
            checked={value.includes(code)}
            onChange={(event) => onChange(event.target.checked ? [...value, code] : value.filter((c) => c !== code))}
          />
          <FormLabel htmlFor={`${id}-${code}`} type="checkbox">
            {labelOf(code)}
          </FormLabel>
        </div>
      ))}
      {error ? (
        <Paragraph id={`${id}-error`} className="mda-error-text">
          {error}
        </Paragraph>
      ) : null}
    </Fieldset>
  );
}
