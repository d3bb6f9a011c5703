import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/formatDate';

export const EscalationHistory_escalationFragment = graphql(`
  fragment EscalationHistory_escalation on Escalation {
    id
    caseReference
    history {
      event
      at
      actor
      fromLevel
      toLevel
      deadline
      note
    }
  }
`);

export interface EscalationHistoryProps {
  escalation: FragmentType<typeof EscalationHistory_escalationFragment>;
}

/** The way up (and down) the ladder, oldest first; climbs by the clock are marked as automatic. */
export function EscalationHistory({ escalation }: EscalationHistoryProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const data = getFragmentData(EscalationHistory_escalationFragment, escalation);
  return (
    <DataTable
      caption={t('escalations.historyCaption', { reference: data.caseReference })}
      columns={[
        t('escalations.col.at'),
        t('escalations.col.event'),
        t('escalations.col.level'),
        t('escalations.col.by'),
        t('escalations.col.deadline'),
        t('escalations.col.note'),
      ]}
      data-testid="escalation-history"
    >
      {data.history.map((h, index) => (
        <TableRow key={`${h.at}-${index}`} data-testid="escalation-history-row" data-event={h.event}>
          <TableCell>{formatDateTime(h.at, i18n.language)}</TableCell>
          <TableCell>{labels.escalationEvent(h.event)}</TableCell>
          <TableCell>
            {h.fromLevel !== null && h.fromLevel !== undefined && h.fromLevel !== h.toLevel
              ? t('escalations.levelChange', { from: h.fromLevel, to: h.toLevel })
              : t('escalations.level', { level: h.toLevel })}
          </TableCell>
          <TableCell>{h.actor ?? <em>{t('escalations.automatic')}</em>}</TableCell>
          <TableCell>{h.deadline ? formatDateTime(h.deadline, i18n.language) : ''}</TableCell>
          <TableCell>{h.note ?? ''}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
