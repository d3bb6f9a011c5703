import { Button, ButtonGroup } from '@utrecht/component-library-react';

export interface FormButtonsProps {
  submitLabel: string;
  cancelLabel: string;
  busy: boolean;
  onCancel(): void;
  /** Test id of the submit button. */
  submitTestId?: string;
}

/** A form's submit and cancel buttons; both wait while the form is busy. */
export function FormButtons({ submitLabel, cancelLabel, busy, onCancel, submitTestId }: FormButtonsProps) {
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy} data-testid={submitTestId}>
        {submitLabel}
      </Button>
      <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
        {cancelLabel}
      </Button>
    </ButtonGroup>
  );
}
