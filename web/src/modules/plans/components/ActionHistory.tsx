import { graphql } from '@mda/graphql';
import { useLazyQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/formatDate';
import { diffValue } from '../diff';

// Loaded when opened: the editor's own query stays within the API's depth limit, and the
// history (an audited read) is only read by who asks for it.
const ActionHistoryQuery = graphql(`
  query ActionHistory($caseId: ID!) {
    plan(caseId: $caseId) {
      id
      workingCopy {
        goals {
          id
          actions {
            id
            version
            history {
              change
              changedAt
              changedBy {
                name
                organisation {
                  name
                }
              }
              fields {
                field
                from
                to
              }
            }
          }
        }
      }
    }
  }
`);

export interface ActionHistoryProps {
  caseId: string;
  actionId: string;
  /** Reload when the action changed since it was opened. */
  version: number;
}

/** Who changed what in one action, when (values withheld where the viewer may not read them). */
export function ActionHistory({ caseId, actionId, version }: ActionHistoryProps) {
  const { t, i18n } = useTranslation();
  const [load, { data, loading }] = useLazyQuery(ActionHistoryQuery, { fetchPolicy: 'network-only' });
  const action = data?.plan?.workingCopy.goals.flatMap((goal) => goal.actions).find((a) => a.id === actionId);
  const stale = action !== undefined && action.version !== version;

  return (
    <details
      onToggle={(event) => {
        if (event.currentTarget.open && (!action || stale)) void load({ variables: { caseId } });
      }}
    >
      <summary>{t('plan.action.historyTitle')}</summary>
      {loading ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {action ? (
        <ol data-testid="plan-action-history">
          {action.history.map((change) => (
            <li key={`${change.changedAt}-${change.change}`}>
              {formatDateTime(change.changedAt, i18n.language)} ·{' '}
              {[change.changedBy.name, change.changedBy.organisation?.name].filter(Boolean).join(', ')}:{' '}
              {change.fields
                .map((f) => `${f.field}: ${diffValue(f.from) ?? '–'} → ${diffValue(f.to) ?? '–'}`)
                .join('; ')}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
