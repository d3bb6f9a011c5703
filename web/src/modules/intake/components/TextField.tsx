import { FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'datetime-local';
  error?: string | null;
  'data-testid'?: string;
}

/** A labelled one-line input with its error at the field. */
export function TextField({ id, label, value, onChange, type = 'text', error, 'data-testid': testId }: TextFieldProps) {
  return (
    <div className="mda-form__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Textbox
        id={id}
        type={type}
        value={value}
        invalid={Boolean(error)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      {error ? (
        <Paragraph id={`${id}-error`} className="mda-error-text">
          {error}
        </Paragraph>
      ) : null}
    </div>
  );
}
