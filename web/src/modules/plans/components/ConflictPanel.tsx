import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { compareWithCurrent, type ConflictChoice, type FormValues, type PlanConflict } from '../conflict';

export interface ConflictPanelProps {
  conflict: PlanConflict;
  mine: FormValues;
  fields: readonly string[];
  /** A field's label for the table. */
  label(field: string): string;
  /** A stored value as a professional reads it (an organisation's name, not its id). Default: as stored. */
  display?(field: string, value: string): string;
  busy: boolean;
  onChoose(choice: ConflictChoice): void;
  panelRef: React.RefObject<HTMLDivElement | null>;
  testId: string;
}

/**
 * Someone saved this element after you began: your version next to the current one, field
 * by field, and three ways on. Nothing is saved until you choose.
 */
export function ConflictPanel({
  conflict,
  mine,
  fields,
  label,
  display = (_field, value) => value,
  busy,
  onChoose,
  panelRef,
  testId,
}: ConflictPanelProps) {
  const { t } = useTranslation();
  const shown = (field: string, value: string) => (value === '' ? value : display(field, value));
  const rows = compareWithCurrent(mine, conflict, fields).filter((row) => row.differs);
  return (
    <div
      ref={panelRef}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${testId}-title`}
      className="mda-conflict"
      data-testid={testId}
    >
      <Heading3 id={`${testId}-title`}>{t('plan.conflict.title')}</Heading3>
      <Paragraph>{t('plan.conflict.intro')}</Paragraph>
      <table className="mda-conflict__table">
        <thead>
          <tr>
            <th scope="col">{t('plan.conflict.field')}</th>
            <th scope="col">{t('plan.conflict.mine')}</th>
            <th scope="col">{t('plan.conflict.current')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{label(row.field)}</th>
              <td data-testid={`${testId}-mine-${row.field}`}>{shown(row.field, row.mine)}</td>
              <td data-testid={`${testId}-current-${row.field}`}>
                {row.current === null ? (
                  <span className="mda-not-shared">{t('fields.notShared')}</span>
                ) : (
                  shown(row.field, row.current)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={busy}
          onClick={() => onChoose('mine')}
          data-testid={`${testId}-mine`}
        >
          {t('plan.conflict.takeMine')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() => onChoose('current')}
          data-testid={`${testId}-current`}
        >
          {t('plan.conflict.takeCurrent')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() => onChoose('merge')}
          data-testid={`${testId}-merge`}
        >
          {t('plan.conflict.merge')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
