import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/formatDate';
import { deadlineState } from '../deadline';

export interface EscalationDeadlineProps {
  deadline: string;
  overdue: boolean;
  /** Closed escalations have no running clock. */
  open: boolean;
}

/** The deadline as a date and in working days, marked when it is past. */
export function EscalationDeadline({ deadline, overdue, open }: EscalationDeadlineProps) {
  const { t, i18n } = useTranslation();
  const date = formatDateTime(deadline, i18n.language);
  if (!open) return <span>{date}</span>;
  const state = deadlineState(deadline, overdue, new Date());
  return (
    <span
      className={state.kind === 'overdueBy' ? 'mda-over-norm' : undefined}
      data-testid="escalation-deadline"
      data-overdue={overdue}
    >
      {date} –{' '}
      {state.kind === 'overdueBy' ? (
        <strong>{t('escalations.overdueBy', { count: state.days })}</strong>
      ) : state.kind === 'dueToday' ? (
        t('escalations.dueToday')
      ) : (
        t('escalations.dueIn', { count: state.days })
      )}
    </span>
  );
}
