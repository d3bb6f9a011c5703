import { forwardRef } from 'react';
import { ErrorAlert } from './ErrorAlert';

export interface ErrorSummaryItem {
  /** The id of the field the message is about; the link moves focus there. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  items: readonly ErrorSummaryItem[];
  'data-testid'?: string;
}

/**
 * The list of a form's problems above the form, each linking to its field (GOV.UK / NL
 * Design System pattern). The form moves focus here after a refused submit.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ title, items, 'data-testid': testId }, ref) {
  if (items.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="mda-error-summary" data-testid={testId}>
      <ErrorAlert title={title}>
        <ul>
          {items.map((item) => (
            <li key={`${item.fieldId}-${item.message}`}>
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.fieldId)?.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </ErrorAlert>
    </div>
  );
});
