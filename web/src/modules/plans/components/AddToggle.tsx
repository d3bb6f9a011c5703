import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useRef, useState } from 'react';

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

/** An "add …" button that opens its form in place and closes it when saved or cancelled (focus returns to the button). */
export function AddToggle({
  allowed,
  label,
  testId,
  appearance = 'secondary-action-button',
  form,
  onSaved,
}: AddToggleProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (open) {
    return form((saved) => {
      setOpen(false);
      if (saved) onSaved();
      // Back to where the user started, not to the top of the page.
      requestAnimationFrame(() => buttonRef.current?.focus());
    });
  }
  return allowed ? (
    <Button ref={buttonRef} type="button" appearance={appearance} onClick={() => setOpen(true)} data-testid={testId}>
      {label}
    </Button>
  ) : null;
}
