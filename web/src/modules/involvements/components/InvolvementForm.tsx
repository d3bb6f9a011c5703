import type { LegalBasisKind } from '@mda/graphql';
import { Button, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { amsterdamDateOf, LEGAL_BASIS_KINDS } from '@mda/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { TextField } from '../../intake/components/TextField';
import { useRegisterInvolvementMutation } from '../hooks/useRegisterInvolvementMutation';

/**
 * A household member that can be chosen: `hasBsn` says whether a BSN is on record (never the BSN
 * itself; null when the viewer may not know it). The index matches on BSN only, so a member
 * without one is shown but cannot be chosen, with the reason.
 */
export interface InvolvementMember {
  id: string;
  name: string;
  hasBsn: boolean | null;
}

/** Whom the registration is about: a BSN typed in, or a household member of a case (its stored BSN is used). */
export type InvolvementSubject =
  { kind: 'bsn' } | { kind: 'member'; caseId: string; members: readonly InvolvementMember[] };

/**
 * Register THAT your organisation is involved with a person (no content): on the involvement index
 * page by BSN, on the case page by choosing a household member. Every problem the API names is
 * shown at its field and in the summary; a match says how many others are involved.
 * `idPrefix` and `testPrefix` keep element ids and test ids apart.
 */
export function InvolvementForm({
  subject,
  idPrefix = 'inv',
  testPrefix = 'involvement',
}: {
  subject: InvolvementSubject;
  idPrefix?: string;
  testPrefix?: string;
}) {
  const { t } = useTranslation();
  const { run, loading } = useRegisterInvolvementMutation();
  const [form, setForm] = useState({
    bsn: '',
    personId: '',
    basisKind: 'COVENANT' as LegalBasisKind,
    basisDetail: '',
    contactPoint: '',
    ownReference: '',
    validFrom: amsterdamDateOf(new Date()),
    validUntil: '',
  });
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const id = (field: string) => `${idPrefix}-${field}`;
  const testId = (field: string) => `${testPrefix}-${field}`;
  const err = (field: string) =>
    errors
      .filter((e) => e.fieldId === id(field))
      .map((e) => e.message)
      .join(' ') || null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const { bsn, personId, ...rest } = form;
    const outcome = await run({
      ...rest,
      ...(subject.kind === 'bsn' ? { bsn } : { caseId: subject.caseId, personId }),
      ownReference: form.ownReference.trim() || null,
      validUntil: form.validUntil || null,
    });
    if (outcome.ok) {
      setErrors([]);
      setMessage(null);
      setDone(
        outcome.data.alsoInvolved.length > 0
          ? t('involvement.form.matched', { count: outcome.data.alsoInvolved.length })
          : t('involvement.form.saved'),
      );
      setForm((f) => ({ ...f, bsn: '', personId: '', ownReference: '' }));
      return;
    }
    setErrors(
      (outcome.problems ?? []).map((p) => ({
        fieldId: id(p.field),
        message: `${t(`involvement.form.${p.field as 'bsn'}`, { defaultValue: p.field })}: ${p.message}`,
      })),
    );
    setMessage((outcome.problems ?? []).length === 0 ? (outcome.message ?? t('involvement.form.failed')) : null);
  };

  const text = (field: 'basisDetail' | 'contactPoint' | 'ownReference' | 'validFrom' | 'validUntil', type?: 'date') => (
    <TextField
      id={id(field)}
      type={type}
      label={t(`involvement.form.${field}`)}
      value={form[field]}
      onChange={set(field)}
      error={err(field)}
      data-testid={testId(field)}
    />
  );

  return (
    <form className="mda-form" noValidate onSubmit={(e) => void onSubmit(e)} data-testid={testId('form')}>
      <ErrorSummary
        title={t('involvement.form.errorTitle')}
        items={errors}
        message={message}
        data-testid={testId('error')}
      />
      {subject.kind === 'bsn' ? (
        <TextField
          id={id('bsn')}
          label={t('involvement.form.bsn')}
          value={form.bsn}
          onChange={set('bsn')}
          error={err('bsn')}
          data-testid={testId('bsn')}
        />
      ) : (
        <MemberSelect
          id={id('personId')}
          testId={testId('personId')}
          members={subject.members}
          value={form.personId}
          onChange={set('personId')}
          error={err('personId')}
        />
      )}
      <div className="mda-form__field">
        <FormLabel htmlFor={id('basisKind')}>{t('involvement.form.basisKind')}</FormLabel>
        <Select
          id={id('basisKind')}
          value={form.basisKind}
          onChange={(e) => set('basisKind')(e.target.value)}
          data-testid={testId('basisKind')}
        >
          {LEGAL_BASIS_KINDS.map((k) => (
            <SelectOption key={k} value={k}>
              {t(`enums.LegalBasisKind.${k}`)}
            </SelectOption>
          ))}
        </Select>
      </div>
      {text('basisDetail')}
      {text('contactPoint')}
      {text('ownReference')}
      {text('validFrom', 'date')}
      {text('validUntil', 'date')}
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={loading}
        disabled={loading}
        data-testid={testId('submit')}
      >
        {t('involvement.form.submit')}
      </Button>
      {done ? (
        <Paragraph role="status" data-testid={testId('done')}>
          {done}
        </Paragraph>
      ) : null}
    </form>
  );
}

/** The household member to register: members without a BSN on record are listed, disabled, with the reason. */
function MemberSelect({
  id,
  testId,
  members,
  value,
  onChange,
  error,
}: {
  id: string;
  testId: string;
  members: readonly InvolvementMember[];
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const withoutBsn = members.some((m) => m.hasBsn !== true);
  const describedBy = [error ? `${id}-error` : null, withoutBsn ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className="mda-form__field">
      <FormLabel htmlFor={id}>{t('involvement.form.personId')}</FormLabel>
      {withoutBsn ? (
        <Paragraph id={`${id}-hint`} className="mda-hint" data-testid={`${testId}-hint`}>
          {t('involvement.form.onlyWithBsn')}
        </Paragraph>
      ) : null}
      {error ? (
        <Paragraph id={`${id}-error`} className="mda-error-text">
          {error}
        </Paragraph>
      ) : null}
      <Select
        id={id}
        value={value}
        invalid={Boolean(error)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      >
        <SelectOption value="">{t('involvement.form.choosePerson')}</SelectOption>
        {members.map((m) =>
          m.hasBsn === true ? (
            <SelectOption key={m.id} value={m.id}>
              {m.name}
            </SelectOption>
          ) : (
            <SelectOption key={m.id} value={m.id} disabled>
              {t(m.hasBsn === false ? 'involvement.form.noBsn' : 'involvement.form.bsnNotShown', { name: m.name })}
            </SelectOption>
          ),
        )}
      </Select>
    </div>
  );
}
