import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';

export interface AddToggleProps {
  /** Whether the user may add at all (no button otherwise). */
  allowed: boolean;
  label: string;
  testId: string;
  appearance?: 'secondary-action-button' | 'subtle-button';
  /** The form; `done(saved)` closes it and, when saved, lets the page reload. */
  form(done: (saved: boolean) => void): ReactNode;
  onSaved(): void;
}

/** An "add …" button that opens its form in place and closes it when saved or cancelled. */
export function AddToggle({ allowed, label, testId, appearance = 'secondary-action-button', form, onSaved }: AddToggleProps) {
  const [open, setOpen] = useState(false);
  if (open) {
    return form((saved) => {
      setOpen(false);
      if (saved) onSaved();
    });
  }
  return allowed ? (
    <Button type="button" appearance={appearance} onClick={() => setOpen(true)} data-testid={testId}>
      {label}
    </Button>
  ) : null;
}
