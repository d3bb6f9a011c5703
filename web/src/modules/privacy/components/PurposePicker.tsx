import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { LiveRegion } from '../../../ui/LiveRegion';
import { useCurrentPurpose } from '../hooks/useCurrentPurpose';
import { useSetPurposeMutation } from '../hooks/useSetPurposeMutation';
import { PURPOSE_SELECT_ID, PURPOSES, purposeFromSelect } from '../purposes';

type Feedback = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The purpose declared for this session (AVG purpose limitation). Health and criminal data
 * are shown only with a purpose; changing it refetches what is on screen.
 */
export function PurposePicker() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const { purpose } = useCurrentPurpose();
  const { setPurpose, loading } = useSetPurposeMutation();
  const [feedback, setFeedback] = useState<Feedback>(null);
  if (purpose === undefined) return null;

  const onChange = async (value: string) => {
    const next = purposeFromSelect(value);
    setFeedback(null);
    const outcome = await setPurpose(next);
    if (!outcome.ok) setFeedback({ kind: 'error', text: outcome.message ?? t('purpose.failed') });
    else
      setFeedback({
        kind: 'ok',
        text: next ? t('purpose.changed', { purpose: labels.purpose(next) }) : t('purpose.cleared'),
      });
  };

  return (
    <div className="mda-purpose" data-testid="purpose-picker">
      <FormLabel htmlFor={PURPOSE_SELECT_ID}>{t('purpose.label')}</FormLabel>
      <Select
        id={PURPOSE_SELECT_ID}
        name="purpose"
        value={purpose ?? ''}
        aria-describedby="purpose-description"
        disabled={loading}
        aria-busy={loading}
        data-testid="purpose-select"
        onChange={(event) => void onChange(event.target.value)}
      >
        <SelectOption value="">{t('purpose.none')}</SelectOption>
        {PURPOSES.map((value) => (
          <SelectOption key={value} value={value}>
            {labels.purpose(value)}
          </SelectOption>
        ))}
      </Select>
      <span id="purpose-description" className="mda-visually-hidden">
        {t('purpose.description')}
      </span>
      <LiveRegion politeness="polite" className="mda-visually-hidden" data-testid="purpose-feedback">
        {feedback?.kind === 'ok' ? feedback.text : null}
      </LiveRegion>
      <LiveRegion politeness="assertive">
        {feedback?.kind === 'error' ? (
          <span className="mda-error-text" data-testid="purpose-error">
            {feedback.text}
          </span>
        ) : null}
      </LiveRegion>
    </div>
  );
}
