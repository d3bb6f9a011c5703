import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Button, Heading2, Heading3, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { DataTable } from '../../../ui/DataTable';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { formatDateTime } from '../../../ui/formatDate';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayAnswerDirectorProposal, mayEndDirectorAssignment, mayProposeDirector } from '../../auth/permissions';
import { directionOverview, replacedBy } from '../direction';
import type { CaseActivityEvent } from '../../cases/hooks/useCaseActivity';
import { useRefetchOnActivity } from '../../cases/hooks/useRefetchOnActivity';
import { DirectorCandidatesQuery, ProposeDirectorForm } from './ProposeDirectorForm';
import { DirectorProposalAnswer } from './DirectorProposalAnswer';
import { EndDirectorAssignmentForm } from './EndDirectorAssignmentForm';

export const CaseDirectionQuery = graphql(`
  query CaseDirection($caseId: ID!) {
    caseDirection(caseId: $caseId) {
      id
      kind
      status
      responsible
      version
      replacesAssignmentId
      handoverNote
      hasHandoverNote
      proposedAt
      proposedBy
      acceptedAt
      endedAt
      endReason
      declinedAt
      declineReason
      director {
        id
        displayName
        organisation {
          id
          name
        }
      }
    }
  }
`);

export interface CaseDirectionSectionProps {
  caseId: string;
  reference: string;
  /** The latest change in the case from the page's live subscription; a director change re-reads the section. */
  activity?: CaseActivityEvent | null;
}

/**
 * Who directs this case now (casusregisseur, procesregisseur), a pending proposal with its
 * handover note and the nominee's answer, a handover for who may assign, and the history.
 */
export function CaseDirectionSection({ caseId, reference, activity }: CaseDirectionSectionProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const ability = useAppAbility();
  const { data, refetch } = useQuery(CaseDirectionQuery, { variables: { caseId } });
  useRefetchOnActivity(activity, ['director_assignment'], refetch);
  const assigns = ability.can('assign', 'DirectorAssignment');
  const candidates = useQuery(DirectorCandidatesQuery, { skip: !assigns });
  const mayPropose = (candidates.data?.workload ?? []).some((c) => mayProposeDirector(ability, caseId, c));
  const [proposing, setProposing] = useState<{
    replaces: { id: string; kind: 'CASE_DIRECTOR' | 'PROCESS_DIRECTOR'; displayName: string } | null;
  } | null>(null);
  const [ending, setEnding] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  if (!data) return null;
  const rows = data.caseDirection;
  const { current, proposals } = directionOverview(rows);
  const caseDirectors = current.filter((a) => a.kind === 'CASE_DIRECTOR').length;
  const endingRow = current.find((a) => a.id === ending);
  type Row = (typeof rows)[number];
  const mayEnd = (a: Row) =>
    mayEndDirectorAssignment(ability, caseId, { userId: a.director.id, organisationId: a.director.organisation.id });
  // Ending a running direction and withdrawing a proposal: the same button and form, worded apart.
  const endButton = (a: Row, testId: string, label: string) => (
    <Button
      type="button"
      appearance="subtle-button"
      onClick={() => {
        setFeedback(null);
        setProposing(null);
        setEnding(a.id);
      }}
      data-testid={testId}
    >
      {label}
    </Button>
  );
  const endForm = (a: Row, how: { proposal: boolean; leavesNoCaseDirector: boolean }) => (
    <EndDirectorAssignmentForm
      key={a.id}
      proposal={how.proposal}
      assignment={{ id: a.id, version: a.version, kind: a.kind, displayName: a.director.displayName }}
      leavesNoCaseDirector={how.leavesNoCaseDirector}
      onEnded={async (text) => {
        setEnding(null);
        await after(text);
      }}
      onCancel={() => setEnding(null)}
    />
  );
  const after = async (text: string) => {
    await refetch();
    setFeedback({ kind: 'ok', text });
  };

  return (
    <section aria-labelledby="case-direction-heading" className="mda-section" data-testid="case-direction">
      <Heading2 id="case-direction-heading">{t('direction.title')}</Heading2>
      <FeedbackRegions feedback={feedback} testId="direction" />
      {current.every((a) => a.kind !== 'CASE_DIRECTOR') ? (
        <Paragraph data-testid="direction-none">{t('direction.none')}</Paragraph>
      ) : null}
      <ul className="mda-direction-list">
        {current.map((a) => (
          <li key={a.id} data-testid="direction-current" data-kind={a.kind} data-director-id={a.director.id}>
            <strong>{labels.directorKind(a.kind)}</strong>: {a.director.displayName} ({a.director.organisation.name}) –{' '}
            {t('direction.responsible')}
            {mayPropose && !proposals.some((p) => p.replacesAssignmentId === a.id) ? (
              <>
                {' '}
                <Button
                  type="button"
                  appearance="subtle-button"
                  onClick={() => {
                    setEnding(null);
                    setProposing({ replaces: { id: a.id, kind: a.kind, displayName: a.director.displayName } });
                  }}
                  data-testid="direction-handover"
                >
                  {t('direction.handover', { name: a.director.displayName })}
                </Button>
              </>
            ) : null}
            {mayEnd(a) ? (
              <> {endButton(a, 'direction-end', t('direction.end.open', { name: a.director.displayName }))}</>
            ) : null}
          </li>
        ))}
      </ul>

      {endingRow
        ? endForm(endingRow, {
            proposal: false,
            leavesNoCaseDirector: endingRow.kind === 'CASE_DIRECTOR' && caseDirectors === 1,
          })
        : null}

      {proposals.map((p) => {
        const replaced = replacedBy(p, rows);
        return (
          <div key={p.id} className="mda-confirm" data-testid="direction-proposal" data-director-id={p.director.id}>
            <Heading3>
              {t('direction.proposalTitle', { kind: labels.directorKind(p.kind), name: p.director.displayName })}
            </Heading3>
            <Paragraph>
              {t('direction.proposedBy', {
                by: p.proposedBy ?? t('direction.platform'),
                at: formatDateTime(p.proposedAt, i18n.language),
              })}
              {replaced ? ` ${t('direction.replaces', { name: replaced.director.displayName })}` : ''}
            </Paragraph>
            {p.handoverNote ? (
              <Paragraph data-testid="direction-handover-note">
                <strong>{t('direction.handoverNote')}:</strong> {p.handoverNote}
              </Paragraph>
            ) : p.hasHandoverNote ? (
              <Paragraph data-testid="direction-handover-note-withheld">
                <strong>{t('direction.handoverNote')}:</strong> {t('direction.handoverNoteWithheld')}
              </Paragraph>
            ) : null}
            <Paragraph>{t('direction.pendingExplained')}</Paragraph>
            {mayAnswerDirectorProposal(ability, { id: p.id, caseId, directorId: p.director.id }) ? (
              <DirectorProposalAnswer assignmentId={p.id} version={p.version} onAnswered={after} />
            ) : null}
            {ending === p.id
              ? endForm(p, { proposal: true, leavesNoCaseDirector: false })
              : mayEnd(p)
                ? endButton(p, 'direction-withdraw', t('direction.withdraw.open', { name: p.director.displayName }))
                : null}
          </div>
        );
      })}

      {proposing ? (
        <ProposeDirectorForm
          caseId={caseId}
          reference={reference}
          replaces={proposing.replaces}
          onDone={(proposed) => {
            setProposing(null);
            if (proposed) void after(t('direction.proposed'));
          }}
        />
      ) : mayPropose ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => setProposing({ replaces: null })}
          data-testid="direction-propose"
        >
          {t('direction.proposeNew')}
        </Button>
      ) : null}

      <Heading3>{t('direction.historyTitle')}</Heading3>
      <DataTable
        caption={t('direction.historyCaption', { reference })}
        columns={[
          t('direction.col.kind'),
          t('direction.col.director'),
          t('direction.col.status'),
          t('direction.col.proposedAt'),
          t('direction.col.note'),
        ]}
        data-testid="direction-history"
      >
        {rows.map((a) => (
          <TableRow key={a.id} data-testid="direction-history-row" data-status={a.status}>
            <TableCell>{labels.directorKind(a.kind)}</TableCell>
            <TableCell>
              {a.director.displayName} ({a.director.organisation.name})
            </TableCell>
            <TableCell>{labels.directorAssignmentStatus(a.status)}</TableCell>
            <TableCell>{formatDateTime(a.proposedAt, i18n.language)}</TableCell>
            <TableCell>{a.endReason ?? a.declineReason ?? a.handoverNote ?? ''}</TableCell>
          </TableRow>
        ))}
      </DataTable>
    </section>
  );
}
