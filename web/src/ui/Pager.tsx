import { Button, ButtonGroup } from '@utrecht/component-library-react';

export interface PagerProps {
  label: string;
  previousLabel: string;
  nextLabel: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
  disabled?: boolean;
}

/** "Vorige" / "Volgende" for cursor paging; unavailable directions are disabled buttons. */
export function Pager({
  label,
  previousLabel,
  nextLabel,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  disabled,
}: PagerProps) {
  return (
    <nav aria-label={label} className="mda-pager">
      <ButtonGroup>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={disabled || !hasPrevious}
          onClick={onPrevious}
          data-testid="prev-page"
        >
          {previousLabel}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={disabled || !hasNext}
          onClick={onNext}
          data-testid="next-page"
        >
          {nextLabel}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
