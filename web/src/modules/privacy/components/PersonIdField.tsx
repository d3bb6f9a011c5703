import { FormFieldDescription, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface PersonIdFieldProps {
  id: string;
  value: string;
  onChange(value: string): void;
  /** The problem with this field (the API's own message, or the form's), or null. */
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The data subject's person id: filled in by the person search (BSN, or name and date of birth,
 * within the mandate), by the access log's link, or typed from a partner's forwarded request.
 */
export function PersonIdField({ id, value, onChange, error, inputRef }: PersonIdFieldProps) {
  const { t } = useTranslation();
  const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <div className="mda-form__field">
      <FormLabel htmlFor={id}>{t('dataSubject.personId')}</FormLabel>
      <FormFieldDescription id={`${id}-hint`} className="mda-form__hint">
        {t('dataSubject.personIdHint')}
      </FormFieldDescription>
      <Textbox
        ref={inputRef}
        id={id}
        name="personId"
        autoComplete="off"
        spellCheck={false}
        required
        invalid={Boolean(error)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={id}
      />
      {error ? (
        <Paragraph id={`${id}-error`} className="mda-error-text" data-testid={`${id}-error`}>
          {error}
        </Paragraph>
      ) : null}
    </div>
  );
}
