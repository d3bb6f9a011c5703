import { FormFieldDescription, FormLabel, Paragraph, Textarea } from '@utrecht/component-library-react';
import type { Ref } from 'react';

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** A hint under the label (e.g. "name organisations, not household members"). */
  description?: string;
  /** The problem with this field, shown under it and linked with aria-describedby. */
  error?: string | null;
  rows?: number;
  inputRef?: Ref<HTMLTextAreaElement>;
  'data-testid'?: string;
}

/** A labelled text area with its hint and its error at the field. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  rows = 3,
  inputRef,
  'data-testid': testId,
}: TextAreaFieldProps) {
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="mda-form__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : null}
      <Textarea
        ref={inputRef}
        id={id}
        rows={rows}
        required
        invalid={Boolean(error)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy || undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      {error ? (
        <Paragraph id={`${id}-error`} className="mda-error-text" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </Paragraph>
      ) : null}
    </div>
  );
}
