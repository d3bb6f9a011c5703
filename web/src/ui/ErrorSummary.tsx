import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, type RefObject } from 'react';
import { ErrorAlert } from './ErrorAlert';

export interface ErrorSummaryItem {
  /** The id of the field the problem is about. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  items: readonly ErrorSummaryItem[];
  /** An error that belongs to no single field (e.g. a stale version). */
  message?: string | null;
  /** For a form that also moves focus here itself (React 19: ref is a plain prop). */
  ref?: RefObject<HTMLDivElement | null>;
  'data-testid'?: string;
}

/**
 * The form's problems above it, each a link to its field; takes focus when it appears so
 * keyboard and screen reader users start there.
 */
export function ErrorSummary({ title, items, message, ref: outer, 'data-testid': testId }: ErrorSummaryProps) {
  const own = useRef<HTMLDivElement>(null);
  const ref = outer ?? own;
  const shown = items.length > 0 || Boolean(message);
  const key = `${items.map((item) => item.fieldId + item.message).join('|')}|${message ?? ''}`;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, key]);
  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} className="mda-error-summary">
      <ErrorAlert title={title} data-testid={testId}>
        {message ? <Paragraph>{message}</Paragraph> : null}
        {items.length > 0 ? (
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
        ) : null}
      </ErrorAlert>
    </div>
  );
}

/**
 * The API's field problems (BAD_USER_INPUT) on the form's fields: `fieldIds` maps the input's
 * field names to element ids; problems of other fields are left out (show the message instead).
 */
export function summaryItems(
  problems: readonly { field: string; message: string }[] | undefined,
  fieldIds: Readonly<Record<string, string>>,
): ErrorSummaryItem[] {
  return (problems ?? []).flatMap((p) => {
    const fieldId = fieldIds[p.field];
    return fieldId ? [{ fieldId, message: p.message }] : [];
  });
}
