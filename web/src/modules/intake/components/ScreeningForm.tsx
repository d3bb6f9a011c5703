import { Button, Checkbox, FormLabel, Heading2 } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useScreenIntakeReportMutation } from '../hooks/useScreenIntakeReportMutation';
import type { Done } from './intakeReportTypes';

export function ScreeningForm({ reportId, version, onDone }: { reportId: string; version: number; onDone: Done }) {
  const { t } = useTranslation();
  const { run, loading } = useScreenIntakeReportMutation();
  const [crisis, setCrisis] = useState(false);
  const [note, setNote] = useState('');
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await onDone(
      await run({ reportId, expectedVersion: version, crisis, note: note.trim() || null }),
      t('intake.screen.done', { result: crisis ? t('intake.screen.crisisResult') : t('intake.screen.noCrisis') }),
    );
  };
  return (
    <form className="mda-form" noValidate onSubmit={(e) => void onSubmit(e)} data-testid="intake-screening-form">
      <Heading2>{t('intake.screen.title')}</Heading2>
      <div className="mda-form__checkbox">
        <Checkbox
          id="screen-crisis"
          checked={crisis}
          onChange={(e) => setCrisis(e.target.checked)}
          data-testid="intake-screen-crisis"
        />
        <FormLabel htmlFor="screen-crisis" type="checkbox">
          {t('intake.screen.crisis')}
        </FormLabel>
      </div>
      <TextAreaField id="screen-note" label={t('intake.screen.note')} value={note} onChange={setNote} />
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={loading}
        disabled={loading}
        data-testid="intake-screen-submit"
      >
        {t('intake.screen.submit')}
      </Button>
    </form>
  );
}
