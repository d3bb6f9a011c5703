import { DIRECTOR_KINDS } from '@mda/domain';
import { type DirectorKind, graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { FormLabel, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { ErrorSummary, type ErrorSummaryItem, summaryItems } from '../../../ui/ErrorSummary';
import { FormButtons } from '../../../ui/FormButtons';
import { TextAreaField } from '../../../ui/TextAreaField';
import { textProblem } from '../../../ui/textRules';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayProposeDirector } from '../../auth/permissions';
import { HANDOVER_NOTE } from '../direction';
import { useProposeDirectorMutation } from '../hooks/useProposeDirectorMutation';

export const DirectorCandidatesQuery = graphql(`
  query DirectorCandidates {
    workload {
      userId
      displayName
      organisationId
      organisationName
      activeCases
    }
  }
`);

export interface ProposeDirectorFormProps {
  caseId: string;
  reference: string;
  /** A handover: the current assignment the new director takes over (a note is then required). */
  replaces?: { id: string; kind: DirectorKind; displayName: string } | null;
  onDone(proposed: boolean): void;
}

const KINDS: readonly DirectorKind[] = DIRECTOR_KINDS;

/**
 * Proposes a case or process director, chosen among the directors this user may propose for
 * the case (the session's rules). Until the nominee accepts nothing changes.
 */
export function ProposeDirectorForm({ caseId, reference, replaces = null, onDone }: ProposeDirectorFormProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const ability = useAppAbility();
  const { data } = useQuery(DirectorCandidatesQuery);
  const { propose, loading } = useProposeDirectorMutation();
  const candidates = (data?.workload ?? []).filter((c) => mayProposeDirector(ability, caseId, c));
  const [userId, setUserId] = useState('');
  const [kind, setKind] = useState<DirectorKind>(replaces?.kind ?? 'CASE_DIRECTOR');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const ids = { user: `propose-${caseId}-user`, kind: `propose-${caseId}-kind`, note: `propose-${caseId}-note` };

  useEffect(() => groupRef.current?.focus(), []);

  const problemAt = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message ?? null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const found: ErrorSummaryItem[] = [];
    if (!userId) found.push({ fieldId: ids.user, message: t('direction.propose.directorRequired') });
    const noteProblem = replaces || note.trim() ? textProblem(note, HANDOVER_NOTE) : null;
    if (noteProblem)
      found.push({ fieldId: ids.note, message: t(`direction.propose.note_${noteProblem}`, HANDOVER_NOTE) });
    setProblems(found);
    if (found.length > 0) return;
    const outcome = await propose({
      caseId,
      userId,
      kind,
      replacesAssignmentId: replaces?.id ?? null,
      handoverNote: note.trim() || null,
    });
    if (outcome.ok) return onDone(true);
    // The API names the field for BAD_USER_INPUT (e.g. a nominee without the role).
    const atFields = summaryItems(outcome.problems, { userId: ids.user, kind: ids.kind, handoverNote: ids.note });
    setProblems(atFields);
    if (atFields.length === 0) setMessage(outcome.message ?? t('direction.failed'));
  };

  return (
    <div
      ref={groupRef}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${ids.user}-title`}
      className="mda-confirm"
      data-testid="propose-director"
    >
      <Heading3 id={`${ids.user}-title`}>
        {replaces
          ? t('direction.propose.handoverTitle', { name: replaces.displayName, reference })
          : t('direction.propose.title', { reference })}
      </Heading3>
      <Paragraph>{t('direction.propose.intro')}</Paragraph>
      <ErrorSummary
        title={t('direction.propose.errorTitle')}
        items={problems}
        message={message}
        data-testid="propose-error"
      />
      <form className="mda-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="mda-form__field">
          <FormLabel htmlFor={ids.user}>{t('direction.propose.director')}</FormLabel>
          <Select
            id={ids.user}
            value={userId}
            invalid={Boolean(problemAt(ids.user))}
            aria-invalid={Boolean(problemAt(ids.user))}
            aria-describedby={problemAt(ids.user) ? `${ids.user}-error` : undefined}
            onChange={(event) => setUserId(event.target.value)}
            data-testid="propose-director-select"
          >
            <SelectOption value="">{t('direction.propose.choose')}</SelectOption>
            {candidates.map((c) => (
              <SelectOption key={c.userId} value={c.userId}>
                {t('direction.propose.candidate', {
                  name: c.displayName,
                  organisation: c.organisationName,
                  count: c.activeCases,
                })}
              </SelectOption>
            ))}
          </Select>
          {problemAt(ids.user) ? (
            <Paragraph id={`${ids.user}-error`} className="mda-error-text">
              {problemAt(ids.user)}
            </Paragraph>
          ) : null}
        </div>
        {replaces ? null : (
          <div className="mda-form__field">
            <FormLabel htmlFor={ids.kind}>{t('direction.propose.kind')}</FormLabel>
            <Select
              id={ids.kind}
              value={kind}
              onChange={(event) =>
                setKind(event.target.value === 'PROCESS_DIRECTOR' ? 'PROCESS_DIRECTOR' : 'CASE_DIRECTOR')
              }
            >
              {KINDS.map((value) => (
                <SelectOption key={value} value={value}>
                  {labels.directorKind(value)}
                </SelectOption>
              ))}
            </Select>
          </div>
        )}
        <TextAreaField
          id={ids.note}
          label={replaces ? t('direction.propose.noteRequired') : t('direction.propose.note')}
          description={t('direction.propose.noteHint')}
          value={note}
          onChange={setNote}
          error={problemAt(ids.note)}
          data-testid="propose-note"
        />
        <FormButtons
          submitLabel={t('direction.propose.submit')}
          cancelLabel={t('case.cancel')}
          busy={loading}
          onCancel={() => onDone(false)}
          submitTestId="propose-submit"
        />
      </form>
    </div>
  );
}
