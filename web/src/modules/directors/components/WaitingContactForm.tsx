import { useQuery } from '@apollo/client/react';
import { FormLabel, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem, summaryItems } from '../../../ui/ErrorSummary';
import { FormButtons } from '../../../ui/FormButtons';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayProposeDirector } from '../../auth/permissions';
import { useSetWaitingListContactMutation } from '../hooks/useSetWaitingListContactMutation';
import { DirectorCandidatesQuery } from './ProposeDirectorForm';

export interface WaitingContactFormProps {
  caseId: string;
  reference: string;
  /** The contact person named now, preselected. */
  currentUserId: string | null;
  onDone(changed: boolean): void;
}

/**
 * Names the family's contact person while the case waits for a case director. The choice is
 * among the directors this user may assign on the case (the workload's directors, by the
 * session's rules); the API refuses anyone whose organisation is not on the case team, at the field.
 */
export function WaitingContactForm({ caseId, reference, currentUserId, onDone }: WaitingContactFormProps) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { data } = useQuery(DirectorCandidatesQuery);
  const { setContact, loading } = useSetWaitingListContactMutation();
  const candidates = (data?.workload ?? []).filter((c) => mayProposeDirector(ability, caseId, c));
  const [userId, setUserId] = useState(currentUserId ?? '');
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const fieldId = `contact-${caseId}-user`;
  const problem = problems.find((p) => p.fieldId === fieldId)?.message ?? null;

  useEffect(() => groupRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    if (!userId) {
      setProblems([{ fieldId, message: t('waitingList.contactForm.required') }]);
      return;
    }
    setProblems([]);
    const outcome = await setContact(caseId, userId);
    if (outcome.ok) return onDone(true);
    // BAD_USER_INPUT names the field (e.g. someone whose organisation is not on the case team).
    const atField = summaryItems(outcome.problems, { contactUserId: fieldId });
    setProblems(atField);
    if (atField.length === 0) setMessage(outcome.message ?? t('direction.failed'));
  };

  return (
    <div
      ref={groupRef}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${fieldId}-title`}
      className="mda-confirm"
      data-testid="waiting-contact-form"
    >
      <Heading3 id={`${fieldId}-title`}>{t('waitingList.contactForm.title', { reference })}</Heading3>
      <Paragraph>{t('waitingList.contactForm.intro')}</Paragraph>
      <ErrorSummary
        title={t('waitingList.contactForm.errorTitle')}
        items={problems}
        message={message}
        data-testid="waiting-contact-error"
      />
      <form className="mda-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="mda-form__field">
          <FormLabel htmlFor={fieldId}>{t('waitingList.contactForm.person')}</FormLabel>
          <Select
            id={fieldId}
            value={userId}
            invalid={Boolean(problem)}
            aria-invalid={Boolean(problem)}
            aria-describedby={problem ? `${fieldId}-error` : undefined}
            onChange={(event) => setUserId(event.target.value)}
            data-testid="waiting-contact-select"
          >
            <SelectOption value="">{t('waitingList.contactForm.choose')}</SelectOption>
            {candidates.map((c) => (
              <SelectOption key={c.userId} value={c.userId}>
                {t('waitingList.contactForm.candidate', { name: c.displayName, organisation: c.organisationName })}
              </SelectOption>
            ))}
          </Select>
          {problem ? (
            <Paragraph id={`${fieldId}-error`} className="mda-error-text" data-testid="waiting-contact-select-error">
              {problem}
            </Paragraph>
          ) : null}
        </div>
        <FormButtons
          submitLabel={t('waitingList.contactForm.submit')}
          cancelLabel={t('case.cancel')}
          busy={loading}
          onCancel={() => onDone(false)}
          submitTestId="waiting-contact-submit"
        />
      </form>
    </div>
  );
}
