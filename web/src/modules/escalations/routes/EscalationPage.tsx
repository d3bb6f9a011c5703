import { getFragmentData, graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorCode } from '../../../app/errors';
import { useEnumLabels } from '../../../app/i18n/labels';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { formatDateTime } from '../../../ui/formatDate';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayDeEscalate, mayDoCasework, mayWithdrawEscalation } from '../../auth/permissions';
import { type CloseAction, CloseEscalationForm } from '../components/CloseEscalationForm';
import { EscalationDeadline } from '../components/EscalationDeadline';
import { EscalationGrounds } from '../components/EscalationGrounds';
import { EscalationHistory } from '../components/EscalationHistory';
import { useDecideEscalationMutation } from '../hooks/useDecideEscalationMutation';
import { useDeEscalateMutation } from '../hooks/useDeEscalateMutation';
import { useWithdrawEscalationMutation } from '../hooks/useWithdrawEscalationMutation';

export const EscalationPage_escalationFragment = graphql(`
  fragment EscalationPage_escalation on Escalation {
    id
    caseId
    caseViewerAccess
    caseReference
    trigger
    reason
    decisionAsked
    raisedBy
    raisedById
    raisedByOrganisation
    raisedAt
    level
    deadline
    overdue
    deciderBody
    decider
    status
    decision
    closingReason
    closedAt
    mayDecide
    version
    ...EscalationHistory_escalation
    ...EscalationGrounds_escalation
  }
`);

const EscalationQuery = graphql(`
  query Escalation($id: ID!) {
    escalation(id: $id) {
      id
      ...EscalationPage_escalation
    }
  }
`);

function SummaryItem({ label, value }: { label: string; value: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{value}</DataListValue>
    </DataListItem>
  );
}

/** One escalation: the question, who decides by when, the way up the ladder, and the actions the viewer may take. */
export function EscalationPage() {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const ability = useAppAbility();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EscalationQuery, { variables: { id } });
  const [action, setAction] = useState<CloseAction | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { decide, loading: deciding } = useDecideEscalationMutation();
  const { withdraw, loading: withdrawing } = useWithdrawEscalationMutation();
  const { deEscalate, loading: deEscalating } = useDeEscalateMutation();

  if (errorCode(error) === 'NOT_FOUND') {
    return (
      <div data-testid="not-found">
        <PageTitle title={t('escalations.notFound')} />
        <Paragraph>
          <RouterLink to="/escalaties">{t('escalations.backToList')}</RouterLink>
        </Paragraph>
      </div>
    );
  }
  if (error && !data) return <QueryError error={error} retry={() => refetch()} />;
  if (!data) return loading ? <LoadingState label={t('app.loading')} /> : null;

  const e = getFragmentData(EscalationPage_escalationFragment, data.escalation);
  const open = e.status === 'OPEN';
  const actions: CloseAction[] = open
    ? [
        ...(e.mayDecide ? (['decide'] as const) : []),
        ...(e.mayDecide && mayDeEscalate(ability, e) ? (['deEscalate'] as const) : []),
        ...(mayWithdrawEscalation(ability, { ...e, raisedById: e.raisedById ?? null }) ? (['withdraw'] as const) : []),
      ]
    : [];
  const input = (text: string) => ({ escalationId: e.id, expectedVersion: e.version, text });
  const runners: Record<CloseAction, (text: string) => ReturnType<typeof decide>> = {
    decide: (text) => decide(input(text)),
    withdraw: (text) => withdraw(input(text)),
    deEscalate: (text) => deEscalate(input(text)),
  };

  return (
    <article className="mda-escalation" aria-labelledby="escalation-title">
      <Paragraph>
        <RouterLink to="/escalaties">{t('escalations.backToList')}</RouterLink>
        {mayDoCasework(ability) ? (
          <>
            {' · '}
            <RouterLink to={`/cases/${e.caseId}`}>
              {t('escalations.openCase', { reference: e.caseReference })}
            </RouterLink>
          </>
        ) : null}
      </Paragraph>
      <PageTitle title={t('escalations.pageTitle', { reference: e.caseReference })}>
        <span id="escalation-title">{t('escalations.pageTitle', { reference: e.caseReference })}</span>
      </PageTitle>
      <DataList
        appearance="rows"
        className="mda-summary"
        data-testid="escalation-summary"
        data-status={e.status}
        data-level={e.level}
      >
        <SummaryItem label={t('escalations.col.status')} value={labels.escalationStatus(e.status)} />
        <SummaryItem
          label={t('escalations.col.level')}
          value={`${t('escalations.level', { level: e.level })} – ${e.deciderBody}`}
        />
        <SummaryItem label={t('escalations.col.decider')} value={e.decider ?? e.deciderBody} />
        <SummaryItem label={t('escalations.col.trigger')} value={labels.escalationTrigger(e.trigger)} />
        <SummaryItem
          label={t('escalations.raisedBy')}
          value={`${e.raisedBy ? `${e.raisedBy}${e.raisedByOrganisation ? ` (${e.raisedByOrganisation})` : ''}` : t('escalations.automatic')}, ${formatDateTime(e.raisedAt, i18n.language)}`}
        />
        <SummaryItem label={t('escalations.reason')} value={e.reason} />
        <SummaryItem label={t('escalations.decisionAsked')} value={e.decisionAsked} />
        <SummaryItem
          label={t('escalations.col.deadline')}
          value={<EscalationDeadline deadline={e.deadline} overdue={e.overdue} open={open} />}
        />
        {e.decision ? (
          <SummaryItem
            label={t('escalations.decision')}
            value={<span data-testid="escalation-decision">{e.decision}</span>}
          />
        ) : null}
        {e.closingReason ? <SummaryItem label={t('escalations.closingReason')} value={e.closingReason} /> : null}
      </DataList>

      <EscalationGrounds escalation={e} />

      <Heading2 id="escalation-actions-heading" ref={headingRef} tabIndex={-1}>
        {t('escalations.actionsTitle')}
      </Heading2>
      <FeedbackRegions feedback={feedback} testId="escalation" />
      {action ? (
        <CloseEscalationForm
          key={action}
          action={action}
          escalationId={e.id}
          busy={deciding || withdrawing || deEscalating}
          run={runners[action]}
          onDone={(done) => {
            const finished = action;
            setAction(null);
            if (done) {
              // The mutation answers with the whole page's fields, so the cache shows the new state
              // and history; no refetch, which would answer NOT_FOUND to a decider who handed it
              // back below their level.
              setFeedback({ kind: 'ok', text: t(`escalations.${finished}.done`) });
            }
            headingRef.current?.focus();
          }}
        />
      ) : actions.length > 0 ? (
        <ButtonGroup role="group" aria-labelledby="escalation-actions-heading">
          {actions.map((a) => (
            <Button
              key={a}
              type="button"
              appearance={a === 'decide' ? 'primary-action-button' : 'secondary-action-button'}
              onClick={() => {
                setFeedback(null);
                setAction(a);
              }}
              data-testid={`escalation-${a}`}
            >
              {t(`escalations.${a}.title`)}
            </Button>
          ))}
        </ButtonGroup>
      ) : (
        <Paragraph data-testid="escalation-no-actions">
          {open ? t('escalations.noActions') : t('escalations.closed')}
        </Paragraph>
      )}

      <Heading2>{t('escalations.historyTitle')}</Heading2>
      <EscalationHistory escalation={e} />
    </article>
  );
}
