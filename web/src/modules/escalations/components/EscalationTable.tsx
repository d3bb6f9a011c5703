import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { DataTable } from '../../../ui/DataTable';
import { RouterLink } from '../../../ui/RouterLink';
import { EscalationDeadline } from './EscalationDeadline';

export const EscalationTable_escalationFragment = graphql(`
  fragment EscalationTable_escalation on Escalation {
    id
    caseId
    caseReference
    trigger
    level
    deciderBody
    decider
    deadline
    overdue
    status
    mayDecide
    raisedBy
  }
`);

export interface EscalationTableProps {
  escalations: readonly FragmentType<typeof EscalationTable_escalationFragment>[];
  caption: string;
  'data-testid'?: string;
}

/** Escalations with their level, who decides, the deadline in working days and an overdue mark. */
export function EscalationTable({ escalations: refs, caption, 'data-testid': testId }: EscalationTableProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const escalations = refs.map((ref) => getFragmentData(EscalationTable_escalationFragment, ref));
  return (
    <DataTable
      caption={caption}
      columns={[
        t('escalations.col.case'),
        t('escalations.col.trigger'),
        t('escalations.col.level'),
        t('escalations.col.decider'),
        t('escalations.col.deadline'),
        t('escalations.col.status'),
      ]}
      data-testid={testId}
    >
      {escalations.map((e) => (
        <TableRow
          key={e.id}
          data-testid="escalation-row"
          data-escalation-id={e.id}
          data-case-id={e.caseId}
          data-may-decide={e.mayDecide}
        >
          <TableCell>
            <RouterLink to={`/escalaties/${e.id}`} data-testid="escalation-link">
              {e.caseReference}
            </RouterLink>
          </TableCell>
          <TableCell>{labels.escalationTrigger(e.trigger)}</TableCell>
          <TableCell>{t('escalations.level', { level: e.level })}</TableCell>
          <TableCell>
            {e.decider ? `${e.decider} (${e.deciderBody})` : e.deciderBody}
            {e.mayDecide ? <strong> {t('escalations.yourDecision')}</strong> : null}
          </TableCell>
          <TableCell>
            <EscalationDeadline deadline={e.deadline} overdue={e.overdue} open={e.status === 'OPEN'} />
          </TableCell>
          <TableCell>{labels.escalationStatus(e.status)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
