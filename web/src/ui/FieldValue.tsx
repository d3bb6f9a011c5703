import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldState } from './fieldState';

export interface FieldValueProps<T> {
  state: FieldState<T>;
  /** How to show a shared value; strings and numbers show as they are. */
  render?: (value: T) => ReactNode;
  'data-testid'?: string;
}

/**
 * A disclosed field: the value, or a text badge saying it is not shared with the viewer's
 * organisation, or a plain note that nothing is recorded. Never an empty cell.
 */
export function FieldValue<T>({ state, render, 'data-testid': testId }: FieldValueProps<T>) {
  const { t } = useTranslation();
  if (state.kind === 'notShared') {
    return (
      <span className="mda-not-shared" data-testid={testId} data-field-state="not-shared">
        {t('fields.notShared')}
      </span>
    );
  }
  if (state.kind === 'notRecorded') {
    return (
      <span className="mda-not-recorded" data-testid={testId} data-field-state="not-recorded">
        {t('fields.notRecorded')}
      </span>
    );
  }
  return (
    <span data-testid={testId} data-field-state="shared">
      {render ? render(state.value) : String(state.value)}
    </span>
  );
}
